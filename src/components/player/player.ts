/**
 * The follow-along player's page script (light DOM: it fills in the markup play.astro renders).
 * It rebuilds the link's plan, runs the reducer from src/lib/player on timestamps, and writes the
 * page contract (README "Player"): [data-player] data-state / data-move / data-set / data-side,
 * [data-timer] data-remaining.
 */
import { factsFrom, planWith, type FactsTable } from '../../lib/routine/session';
import { decodeRequest, encodeRequest } from '../../lib/routine/url';
import { randomSeed } from '../../lib/routine/random';
import type { RoutineMove } from '../../lib/routine/types';
import type { Effort } from '../../lib/progress/session';
import { toProgram } from '../../lib/player/steps';
import { clock, initialState, reduce, remainingSeconds, type Action, type PlayerState } from '../../lib/player/state';
import { doseText, formatClock, nextText, progressText, spokenText, stepText } from '../../lib/player/words';
import { restore, snapshot, storageKey } from '../../lib/player/saved';
import { sessionRecord, summary } from '../../lib/player/session';
import * as cues from './cues';
import type { NewSession } from '../../lib/progress/session';
import { loadKeptPlan } from '../../lib/routine/kept';
import { PROGRAM_KEY } from '../../lib/progress/program-key';

/** Hands a finished session to the progress log, whose code loads on first use. */
async function saveSession(session: NewSession) {
  const { saveSession: save } = await import('../progress/storage');
  return save(session);
}

/** Opened without a plan: offer the plan kept on this device ("Keep this plan" in the builder). */
function offerKeptPlan() {
  const offer = document.querySelector<HTMLElement>('[data-kept-offer]');
  const kept = loadKeptPlan(localStorage);
  if (!offer || !kept || location.search) return;
  offer.hidden = false;
  if (kept.ok) offer.querySelector<HTMLAnchorElement>('[data-kept-plan]')!.href = `/routine/play/?${kept.query}`;
  else offer.textContent = kept.message;
}

type Act = 'main' | 'done' | 'less' | 'more' | 'skip' | 'back' | 'next' | 'end' | 'again';

export function startPlayer() {
  const root = document.querySelector<HTMLElement>('[data-player-root]');
  const data = document.getElementById('player-data')?.textContent;
  if (!root || !data) return;
  const { catalogue, facts, checkFirst } = JSON.parse(data) as { catalogue: RoutineMove[]; facts: FactsTable; checkFirst: Record<string, string[]> };
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const text = (selector: string, value: string) => ($(selector).textContent = value);

  offerKeptPlan();
  // The link, decoded as /routine/ decodes it (rule U1): a damaged one is repaired, with a notice.
  const decoded = decodeRequest(location.search);
  const plan = planWith(catalogue, { inputs: decoded.inputs, seed: decoded.seed ?? randomSeed(), swaps: decoded.swaps }, factsFrom(facts));
  const query = encodeRequest(plan);
  if (location.search !== `?${query}`) history.replaceState(history.state, '', `${location.pathname}?${query}`);
  document.querySelector<HTMLAnchorElement>('[data-plan-link]')!.href = `/routine/?${query}`;
  const ignored = [...decoded.ignored, ...plan.ignoredSwaps.map((s) => s.reason)];
  if (ignored.length) {
    const note = document.createElement('p');
    note.className = 'pl-note';
    note.dataset.rule = 'U1';
    note.textContent = `This link was damaged. We ignored ${ignored.join('; ')}, used the defaults instead, and built a valid plan.`;
    $('[data-notice]').append(note);
  }

  const program = toProgram(plan);
  const { steps } = program;
  const key = storageKey(query);
  let state: PlayerState = restore(read(key), steps.length) ?? initialState();
  const toggles = cues.loadToggles();
  const wakeLock = new cues.WakeLock();
  const player = $('[data-player]');
  const timer = $('[data-timer]');
  const figureBox = root.querySelector<HTMLElement>('[data-player-figure]');
  const figures = [...root.querySelectorAll<HTMLImageElement>('[data-figure]')];
  const buttons = Object.fromEntries([...root.querySelectorAll<HTMLButtonElement>('[data-act]')].map((b) => [b.dataset.act, b])) as Record<Act, HTMLButtonElement>;
  let shown = { index: -1, status: '', second: -1 };

  const save = (now = Date.now()) => write(key, JSON.stringify(snapshot(state, now)));

  function dispatch(action: Action['type'], seconds = 0) {
    state = reduce(state, { type: action, now: Date.now(), seconds } as Action, steps);
    render();
  }

  /** The move after a rest: the next step that is not a rest (the same move between its sets). */
  function upcoming(index: number): string {
    const next = steps.slice(index + 1).find((s) => s.kind !== 'rest') ?? steps[index]!;
    return program.moves[next.move]!.id;
  }

  /** The moving figure with its start and end stills; during a rest, a still of the move to come. */
  function showFigure(id: string, resting: boolean) {
    if (!figureBox) return;
    const files: Record<string, string> = {
      motion: resting ? `/figures/start/${id}.svg` : `/figures/motion/${id}.svg`,
      start: `/figures/start/${id}.svg`,
      end: `/figures/${id}.svg`,
    };
    figureBox.dataset.figureMove = id;
    figureBox.toggleAttribute('data-figure-next', resting);
    for (const img of figures) {
      const src = files[img.dataset.figure!]!;
      if (img.getAttribute('src') !== src) {
        img.hidden = false;
        img.src = src;
      }
    }
  }

  function render() {
    const now = Date.now();
    const step = steps[state.index]!;
    const move = program.moves[step.move]!;
    const { status } = state;
    const running = status === 'running';
    const changed = shown.index !== state.index || shown.status !== status;

    Object.assign(player.dataset, { state: running ? step.kind : status, move: move.id, set: String(step.set) });
    if (step.side) player.dataset.side = step.side;
    else delete player.dataset.side;
    text('[data-progress]', progressText(program, step));
    text('[data-elapsed]', formatClock(clock(state, now).totalMs / 1000));
    const bar = $<HTMLProgressElement>('[data-bar]');
    bar.max = steps.length;
    bar.value = status === 'done' ? steps.length : state.index;
    text('[data-step-text]', stepText(program, step));
    text('[data-title]', move.title);
    text('[data-dose]', doseText(program, step));
    text('[data-cue]', move.cue);
    text('[data-next]', nextText(program, state.index));
    showCheckFirst(step.kind === 'countdown' && status !== 'done' ? checkFirst[move.id] ?? [] : []);
    showFigure(step.kind === 'rest' ? upcoming(state.index) : move.id, step.kind === 'rest');
    const remaining = remainingSeconds(state, steps, now);
    if (step.timed) {
      timer.dataset.remaining = String(remaining);
      delete timer.dataset.pace;
      timer.textContent = formatClock(remaining);
    } else {
      delete timer.dataset.remaining;
      timer.dataset.pace = '';
      timer.textContent = 'Your pace';
    }

    buttons.main.disabled = false;
    buttons.main.textContent = status === 'ready' ? 'Start' : running ? 'Pause' : 'Resume';
    buttons.main.hidden = status === 'done';
    buttons.done.hidden = !running || step.timed;
    for (const act of ['less', 'more', 'skip'] as const) buttons[act].hidden = step.kind !== 'rest' || status === 'ready' || status === 'done';
    buttons.back.hidden = buttons.next.hidden = status === 'done';
    buttons.end.hidden = status === 'ready' || status === 'done';
    $('[data-end]').hidden = status !== 'done';

    if (changed) onChange(step.kind === 'countdown' ? `${move.title}. ${stepText(program, step)}` : stepText(program, step));
    else if (running && step.timed && remaining <= 3 && remaining > 0 && remaining !== shown.second && toggles.sound) cues.beep(false);
    if (changed || remaining !== shown.second) save(now);
    shown = { index: state.index, status, second: remaining };
  }

  /** Each step (not each second): the live region, a beep, the spoken cue, a buzz; the wake lock; the focus. */
  function onChange(words: string) {
    const { status } = state;
    const step = steps[state.index]!;
    const statusWords = status === 'paused' ? 'Paused. ' : status === 'ready' ? 'Ready to start. ' : '';
    text('[data-announce]', status === 'done' ? 'Workout finished.' : `${statusWords}${words}`);
    if (status === 'running') {
      if (toggles.sound) cues.beep(true);
      if (toggles.sound && toggles.voice) cues.speak(spokenText(program, step));
      if (toggles.vibrate) cues.vibrate([200]);
    }
    void wakeLock.hold(status === 'running');
    if (status === 'done') showEnd();
    // Focus stays on the controls: a button that just hid hands it to the main one.
    const active = document.activeElement as HTMLElement | null;
    if (active && root!.contains(active) && active.closest('[hidden]')) (status === 'done' ? $('#pl-end-title') : buttons.main).focus();
  }

  /** A move's "Check first" lines while getting ready for it (the get-ready countdown); hidden otherwise. */
  function showCheckFirst(lines: string[]) {
    const box = $('[data-check-first]');
    box.hidden = lines.length === 0;
    const list = $('[data-check-first-list]');
    if (list.dataset.forStep === String(state.index)) return;
    list.dataset.forStep = String(state.index);
    list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  }

  function showEnd() {
    const result = summary(program, state);
    text('[data-end-time]', formatClock(result.seconds));
    text('[data-end-done]', String(result.done));
    text('[data-end-skipped]', String(result.skipped));
  }

  async function rate(effort: Effort, button: HTMLButtonElement) {
    for (const b of root!.querySelectorAll('[data-effort]')) b.setAttribute('aria-pressed', String(b === button));
    $('[data-hurt-note]').hidden = effort !== 'hurt';
    const message = $('[data-save-message]');
    message.textContent = 'Saving…';
    const record = sessionRecord(program, state, { query, level: plan.inputs.level, effort, date: new Date() });
    try {
      const result = await saveSession(record);
      message.textContent = result.ok ? 'Saved to your progress log.' : `Could not save: ${result.message}`;
      if (result.ok) remove(key);
      // A program saved on this device: its script says whether this session counted toward it.
      if (result.ok && localStorage.getItem(PROGRAM_KEY)) void import('../program/logged-note').then((m) => m.noteLogged($('[data-program-logged]'), query)).catch(() => undefined);
    } catch {
      message.textContent = 'Could not save: the progress log did not load.';
    }
  }

  const act = (name: Act) => {
    if (name === 'main') {
      cues.unlockAudio();
      if (state.status !== 'running') cues.primeSpeech(); // Start and Resume (from the tap itself)
      dispatch(state.status === 'ready' ? 'start' : state.status === 'running' ? 'pause' : 'resume');
    } else if (name === 'less' || name === 'more') dispatch('adjust', name === 'less' ? -15 : 15);
    else if (name === 'skip') dispatch('next');
    else if (name === 'again') {
      remove(key);
      state = initialState();
      render();
      buttons.main.focus();
    } else dispatch(name);
  };
  for (const [name, button] of Object.entries(buttons)) button.addEventListener('click', () => act(name as Act));
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-effort]')) button.addEventListener('click', () => rate(button.dataset.effort as Effort, button));

  // Keyboard: Space pauses and resumes, → next, ← back, M mutes (not while typing or ticking a box).
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select') || state.status === 'done') return;
    const keys: Record<string, () => void> = { ' ': () => act('main'), ArrowRight: () => act('next'), ArrowLeft: () => act('back'), m: () => flip('sound'), M: () => flip('sound') };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  // Cue toggles, remembered; the voice and vibration switches only where the device has them.
  const inputs = Object.fromEntries([...root.querySelectorAll<HTMLInputElement>('[data-toggle]')].map((i) => [i.dataset.toggle, i])) as Record<cues.Toggle, HTMLInputElement>;
  const flip = (name: cues.Toggle, value = !toggles[name]) => {
    if (value && name !== 'vibrate') cues.primeSpeech(); // cues switched on mid-workout, from the tap
    toggles[name] = inputs[name].checked = value;
    cues.saveToggles(toggles);
    text('[data-announce]', `${name === 'sound' ? 'Sound' : name === 'voice' ? 'Spoken cues' : 'Vibration'} ${value ? 'on' : 'off'}`);
  };
  for (const [name, input] of Object.entries(inputs)) {
    input.checked = toggles[name as cues.Toggle];
    input.addEventListener('change', () => flip(name as cues.Toggle, input.checked));
  }
  const showVoice = () => ($('[data-toggle-label="voice"]').hidden = !cues.hasVoice());
  showVoice();
  if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', showVoice);
  $('[data-toggle-label="vibrate"]').hidden = !cues.canVibrate();
  for (const img of figures) img.addEventListener('error', () => (img.hidden = true));

  // Keep the state when the page is hidden or closed; the clock runs on timestamps meanwhile.
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? save() : dispatch('tick')));
  addEventListener('pagehide', () => save());
  setInterval(() => dispatch('tick'), 250);
  render();
  root.dataset.ready = '';
}

function read(key: string) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
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
