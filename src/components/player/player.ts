/**
 * The follow-along player's page script (light DOM: it fills in the markup play.astro renders).
 * On arrival it rebuilds the link's plan, picks up a state kept from an earlier visit and renders
 * it (player-view.ts); the running half (player-live.ts: the reducer, cues, saving) loads on the
 * first tap or key, which it then handles. What a tap must do within the tap itself (unlock sound
 * and speech) is done here.
 */
import { factsFrom, planWith, type FactsTable } from '../../lib/routine/session';
import { decodeRequest, encodeRequest } from '../../lib/routine/url';
import { randomSeed } from '../../lib/routine/random';
import type { RoutineMove } from '../../lib/routine/types';
import { toProgram } from '../../lib/player/steps';
import { initialState } from '../../lib/player/state';
import { restore, storageKey } from '../../lib/player/saved';
import { loadKeptPlan } from '../../lib/routine/kept';
import { canVibrate, hasVoice, loadToggles, primeSpeech, unlockAudio, type Toggle } from './cue-setup';
import { PlayerView, type Act } from './player-view';
import type { Live } from './player-live';

/** Opened without a plan: offer the plan kept on this device ("Keep this plan" in the builder). */
function offerKeptPlan() {
  const offer = document.querySelector<HTMLElement>('[data-kept-offer]');
  const kept = loadKeptPlan(localStorage);
  if (!offer || !kept || location.search) return;
  offer.hidden = false;
  if (kept.ok) offer.querySelector<HTMLAnchorElement>('[data-kept-plan]')!.href = `/routine/play/?${kept.query}`;
  else offer.textContent = kept.message;
}

/** Keyboard: Space pauses and resumes, → next, ← back, M mutes (not while typing or ticking a box). */
const KEYS: Record<string, Act | 'mute'> = { ' ': 'main', ArrowRight: 'next', ArrowLeft: 'back', m: 'mute', M: 'mute' };

/** A damaged link, repaired (rule U1): what was ignored, said on the page. */
function noticeRepairs(root: HTMLElement, ignored: string[]) {
  if (!ignored.length) return;
  const note = document.createElement('p');
  note.className = 'pl-note';
  note.dataset.rule = 'U1';
  note.textContent = `This link was damaged. We ignored ${ignored.join('; ')}, used the defaults instead, and built a valid plan.`;
  root.querySelector('[data-notice]')!.append(note);
}

/** Cue switches, remembered; the voice and vibration switches only where the device has them. */
function showToggles(root: HTMLElement, view: PlayerView, toggles: Record<Toggle, boolean>) {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-toggle]')];
  for (const input of inputs) input.checked = toggles[input.dataset.toggle as Toggle];
  const showVoice = () => (view.$('[data-toggle-label="voice"]').hidden = !hasVoice());
  showVoice();
  if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', showVoice);
  view.$('[data-toggle-label="vibrate"]').hidden = !canVibrate();
  return inputs;
}

export function startPlayer() {
  const root = document.querySelector<HTMLElement>('[data-player-root]');
  const data = document.getElementById('player-data')?.textContent;
  if (!root || !data) return;
  const { catalogue, facts, checkFirst } = JSON.parse(data) as { catalogue: RoutineMove[]; facts: FactsTable; checkFirst: Record<string, string[]> };

  offerKeptPlan();
  // The link, decoded as /routine/ decodes it (rule U1): a damaged one is repaired, with a notice.
  const decoded = decodeRequest(location.search);
  const plan = planWith(catalogue, { inputs: decoded.inputs, seed: decoded.seed ?? randomSeed(), swaps: decoded.swaps }, factsFrom(facts));
  const query = encodeRequest(plan);
  if (location.search !== `?${query}`) history.replaceState(history.state, '', `${location.pathname}?${query}`);
  document.querySelector<HTMLAnchorElement>('[data-plan-link]')!.href = `/routine/?${query}`;
  noticeRepairs(root, [...decoded.ignored, ...plan.ignoredSwaps.map((s) => s.reason)]);

  const program = toProgram(plan);
  const key = storageKey(query);
  const view = new PlayerView(root, program, checkFirst, restore(read(key), program.steps.length) ?? initialState());
  const toggles = loadToggles();
  const inputs = showToggles(root, view, toggles);

  let live: Promise<Live> | undefined;
  const use = (then: (live: Live) => void) =>
    void (live ??= import('./player-live').then((m) => m.goLive({ view, plan, query, key, toggles }))).then(then);
  // Start and Resume, and cues switched on: sound and speech unlock only from within the tap.
  const act = (name: Act) => {
    if (name === 'main') {
      unlockAudio();
      if (view.state.status !== 'running') primeSpeech();
    }
    use((l) => l.act(name));
  };
  const flip = (name: Toggle, value: boolean) => {
    if (value && name !== 'vibrate') primeSpeech();
    toggles[name] = value; // a second M before the code has loaded flips it back
    use((l) => l.flip(name, value));
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-act], [data-effort]');
    if (button?.dataset.act) act(button.dataset.act as Act);
    else if (button) use((l) => l.rate(button));
  });
  for (const input of inputs) input.addEventListener('change', () => flip(input.dataset.toggle as Toggle, input.checked));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const name = KEYS[event.key];
    if (!name || event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select') || view.state.status === 'done') return;
    event.preventDefault();
    if (name === 'mute') flip('sound', !toggles.sound);
    else act(name);
  });

  view.render();
  root.dataset.ready = '';
}

function read(key: string) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
