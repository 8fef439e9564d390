/**
 * The player's running half, loaded on its first tap or key (player.ts): the reducer on
 * timestamps, the ticking clock, the cues and the wake lock, the state kept across reloads, and
 * the end screen's rating, which saves the session to the progress log.
 */
import type { Plan } from '../../lib/routine/types';
import type { Effort, NewSession } from '../../lib/progress/session';
import { reduce } from '../../lib/player/reduce';
import { initialState, type Action } from '../../lib/player/state';
import { spokenText } from '../../lib/player/words';
import { snapshot } from '../../lib/player/saved';
import { sessionRecord } from '../../lib/player/session';
import { PROGRAM_KEY } from '../../lib/progress/program-key';
import * as cues from './cues';
import { primeSpeech, saveToggles, type Toggle } from './cue-setup';
import type { Act, PlayerView } from './player-view';

export interface LiveContext {
  view: PlayerView;
  plan: Plan;
  query: string;
  /** The localStorage key the state is kept under. */
  key: string;
  toggles: Record<Toggle, boolean>;
}

export interface Live {
  act(name: Act): void;
  rate(button: HTMLButtonElement): void;
  flip(name: Toggle, value?: boolean): void;
}

/** Hands a finished session to the progress log, whose code loads on first use. */
async function saveSession(session: NewSession) {
  const { saveSession: save } = await import('../progress/storage');
  return save(session);
}

/** The end screen's rating: the session goes to the progress log with how it felt. */
async function rateSession({ view, plan, query, key }: LiveContext, button: HTMLButtonElement) {
  const effort = button.dataset.effort as Effort;
  for (const b of view.root.querySelectorAll('[data-effort]')) b.setAttribute('aria-pressed', String(b === button));
  view.$('[data-hurt-note]').hidden = effort !== 'hurt';
  const message = view.$('[data-save-message]');
  message.textContent = 'Saving…';
  const record = sessionRecord(view.program, view.state, { query, level: plan.inputs.level, effort, date: new Date() });
  try {
    const result = await saveSession(record);
    message.textContent = result.ok ? 'Saved to your progress log.' : `Could not save: ${result.message}`;
    if (result.ok) remove(key);
    // A program saved on this device: its script says whether this session counted toward it.
    if (result.ok && localStorage.getItem(PROGRAM_KEY)) void import('../program/logged-note').then((m) => m.noteLogged(view.$('[data-program-logged]'), query)).catch(() => undefined);
  } catch {
    message.textContent = 'Could not save: the progress log did not load.';
  }
}

export function goLive(context: LiveContext): Live {
  const { view, key, toggles } = context;
  const { program, root, buttons } = view;
  const { steps } = program;
  const wakeLock = new cues.WakeLock();
  const save = (now = Date.now()) => write(key, JSON.stringify(snapshot(view.state, now)));

  function update() {
    const now = Date.now();
    const { changed, ticked, remaining } = view.render(now);
    const step = steps[view.state.index]!;
    if (changed) onChange();
    else if (view.state.status === 'running' && step.timed && remaining <= 3 && remaining > 0 && ticked && toggles.sound) cues.beep(false);
    if (changed || ticked) save(now);
  }

  function dispatch(action: Action['type'], seconds = 0) {
    view.state = reduce(view.state, { type: action, now: Date.now(), seconds } as Action, steps);
    update();
  }

  /** Each step (not each second): a beep, the spoken cue, a buzz; the wake lock; the focus. */
  function onChange() {
    const { status } = view.state;
    if (status === 'running') {
      if (toggles.sound) cues.beep(true);
      if (toggles.sound && toggles.voice) cues.speak(spokenText(program, steps[view.state.index]!));
      if (toggles.vibrate) cues.vibrate([200]);
    }
    void wakeLock.hold(status === 'running');
    // Focus stays on the controls: a button that just hid hands it to the main one.
    const active = document.activeElement as HTMLElement | null;
    if (active && root.contains(active) && active.closest('[hidden]')) (status === 'done' ? view.$('#pl-end-title') : buttons.main).focus();
  }

  function act(name: Act) {
    const { status } = view.state;
    if (name === 'main') dispatch(status === 'ready' ? 'start' : status === 'running' ? 'pause' : 'resume');
    else if (name === 'less' || name === 'more') dispatch('adjust', name === 'less' ? -15 : 15);
    else if (name === 'skip') dispatch('next');
    else if (name === 'again') {
      remove(key);
      view.state = initialState();
      update();
      buttons.main.focus();
    } else dispatch(name);
  }

  const inputs = Object.fromEntries([...root.querySelectorAll<HTMLInputElement>('[data-toggle]')].map((i) => [i.dataset.toggle, i])) as Record<Toggle, HTMLInputElement>;
  function flip(name: Toggle, value = !toggles[name]) {
    if (value && name !== 'vibrate') primeSpeech(); // cues switched on mid-workout, from the tap
    toggles[name] = inputs[name].checked = value;
    saveToggles(toggles);
    view.text('[data-announce]', `${name === 'sound' ? 'Sound' : name === 'voice' ? 'Spoken cues' : 'Vibration'} ${value ? 'on' : 'off'}`);
  }

  // Keep the state when the page is hidden or closed; the clock runs on timestamps meanwhile.
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? save() : dispatch('tick')));
  addEventListener('pagehide', () => save());
  setInterval(() => dispatch('tick'), 250);
  return { act, rate: (button) => void rateSession(context, button), flip };
}

function write(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {}
}
function remove(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {}
}
