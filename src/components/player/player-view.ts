/**
 * The player's page as its state shows it: the step, the timer, the buttons, the figures and the
 * end screen, written into the markup play.astro renders (README "Player": [data-player]
 * data-state / data-move / data-set / data-side, [data-timer] data-remaining). The first render
 * runs on arrival (player.ts); the rest of the player (player-live.ts) renders through it.
 */
import type { Program } from '../../lib/player/steps';
import { clock, remainingSeconds, type PlayerState } from '../../lib/player/state';
import { doseText, formatClock, nextText, progressText, stepText } from '../../lib/player/words';
import { summary } from '../../lib/player/session';
import { endStillUrl, motionFigureUrl, startStillUrl } from '../../lib/stills/sprite';

export type Act = 'main' | 'done' | 'less' | 'more' | 'skip' | 'back' | 'next' | 'end' | 'again';

/** What a render found: a new step or status (announced, cued), and the timer's whole seconds. */
export interface Rendered {
  changed: boolean;
  /** The timer showed another second than last time. */
  ticked: boolean;
  remaining: number;
  /** The words for the step, as the live region says them. */
  words: string;
}

export class PlayerView {
  readonly buttons: Record<Act, HTMLButtonElement>;
  private shown = { index: -1, status: '', second: -1 };
  private player: HTMLElement;
  private timer: HTMLElement;
  private figureBox: HTMLElement | null;
  private figures: HTMLImageElement[];

  constructor(readonly root: HTMLElement, readonly program: Program, private checkFirst: Record<string, string[]>, public state: PlayerState) {
    this.player = this.$('[data-player]');
    this.timer = this.$('[data-timer]');
    this.figureBox = root.querySelector<HTMLElement>('[data-player-figure]');
    this.figures = [...root.querySelectorAll<HTMLImageElement>('[data-figure]')];
    for (const img of this.figures) img.addEventListener('error', () => (img.hidden = true));
    this.buttons = Object.fromEntries([...root.querySelectorAll<HTMLButtonElement>('[data-act]')].map((b) => [b.dataset.act, b])) as Record<Act, HTMLButtonElement>;
  }

  $<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.root.querySelector<T>(selector)!;
  }

  text(selector: string, value: string) {
    this.$(selector).textContent = value;
  }

  /** The move after a rest: the next step that is not a rest (the same move between its sets). */
  private upcoming(index: number): string {
    const { steps, moves } = this.program;
    const next = steps.slice(index + 1).find((s) => s.kind !== 'rest') ?? steps[index]!;
    return moves[next.move]!.id;
  }

  /** The moving figure with its start and end stills; during a rest, a still of the move to come. */
  private showFigure(id: string, resting: boolean) {
    if (!this.figureBox) return;
    const files: Record<string, string> = {
      motion: resting ? startStillUrl(id) : motionFigureUrl(id),
      start: startStillUrl(id),
      end: endStillUrl(id),
    };
    this.figureBox.dataset.figureMove = id;
    this.figureBox.toggleAttribute('data-figure-next', resting);
    for (const img of this.figures) {
      const src = files[img.dataset.figure!]!;
      if (img.getAttribute('src') !== src) {
        img.hidden = false;
        img.src = src;
      }
    }
  }

  /** A move's "Check first" lines while getting ready for it (the get-ready countdown); hidden otherwise. */
  private showCheckFirst(lines: string[]) {
    const box = this.$('[data-check-first]');
    box.hidden = lines.length === 0;
    const list = this.$('[data-check-first-list]');
    if (list.dataset.forStep === String(this.state.index)) return;
    list.dataset.forStep = String(this.state.index);
    list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  }

  render(now = Date.now()): Rendered {
    const { program, state, buttons } = this;
    const { steps } = program;
    const step = steps[state.index]!;
    const move = program.moves[step.move]!;
    const { status } = state;
    const running = status === 'running';
    const changed = this.shown.index !== state.index || this.shown.status !== status;

    Object.assign(this.player.dataset, { state: running ? step.kind : status, move: move.id, set: String(step.set) });
    if (step.side) this.player.dataset.side = step.side;
    else delete this.player.dataset.side;
    this.text('[data-progress]', progressText(program, step));
    this.text('[data-elapsed]', formatClock(clock(state, now).totalMs / 1000));
    const bar = this.$<HTMLProgressElement>('[data-bar]');
    bar.max = steps.length;
    bar.value = status === 'done' ? steps.length : state.index;
    this.text('[data-step-text]', stepText(program, step));
    this.text('[data-title]', move.title);
    this.text('[data-dose]', doseText(program, step));
    this.text('[data-cue]', move.cue);
    this.text('[data-next]', nextText(program, state.index));
    this.showCheckFirst(step.kind === 'countdown' && status !== 'done' ? this.checkFirst[move.id] ?? [] : []);
    this.showFigure(step.kind === 'rest' ? this.upcoming(state.index) : move.id, step.kind === 'rest');
    const remaining = remainingSeconds(state, steps, now);
    if (step.timed) {
      this.timer.dataset.remaining = String(remaining);
      delete this.timer.dataset.pace;
      this.timer.textContent = formatClock(remaining);
    } else {
      delete this.timer.dataset.remaining;
      this.timer.dataset.pace = '';
      this.timer.textContent = 'Your pace';
    }

    buttons.main.disabled = false;
    buttons.main.textContent = status === 'ready' ? 'Start' : running ? 'Pause' : 'Resume';
    buttons.main.hidden = status === 'done';
    buttons.done.hidden = !running || step.timed;
    for (const act of ['less', 'more', 'skip'] as const) buttons[act].hidden = step.kind !== 'rest' || status === 'ready' || status === 'done';
    buttons.back.hidden = buttons.next.hidden = status === 'done';
    buttons.end.hidden = status === 'ready' || status === 'done';
    this.$('[data-end]').hidden = status !== 'done';

    const words = step.kind === 'countdown' ? `${move.title}. ${stepText(program, step)}` : stepText(program, step);
    if (changed) this.announceStep(words);
    const ticked = remaining !== this.shown.second;
    this.shown = { index: state.index, status, second: remaining };
    return { changed, ticked, remaining, words };
  }

  /** A new step or status: said in the live region; the end screen filled in when done. */
  private announceStep(words: string) {
    const { status } = this.state;
    const statusWords = status === 'paused' ? 'Paused. ' : status === 'ready' ? 'Ready to start. ' : '';
    this.text('[data-announce]', status === 'done' ? 'Workout finished.' : `${statusWords}${words}`);
    if (status !== 'done') return;
    const result = summary(this.program, this.state);
    this.text('[data-end-time]', formatClock(result.seconds));
    this.text('[data-end-done]', String(result.done));
    this.text('[data-end-skipped]', String(result.skipped));
  }
}
