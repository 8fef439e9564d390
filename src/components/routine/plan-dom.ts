/**
 * Fills the builder's server-rendered markup (RoutineBuilder.astro) with a plan: the same elements
 * the default plan was rendered into, and clones of its <template>s for the rest. Moves are
 * updated in place, slot by slot, so a Swap button keeps the focus after its swap.
 */
import type { PhaseId, Plan, PlannedMove } from '../../lib/routine/types';
import { doseAttributes, formatMinutes, formatPlannedDose } from '../../lib/routine/format';
import { ADDON_LABELS } from '../../lib/routine/text';
import { stillUrl } from '../../lib/stills/sprite';
import { fillPrintLog } from './print-log';

const DOSE_ATTRIBUTES = Object.keys(doseAttributes({ type: 'reps', sets: 1, reps: 1, perSide: false }, 'warmup'));

/** Sets or removes each attribute (undefined removes it). */
function setAttributes(el: Element, attributes: Record<string, string | number | undefined>) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
}

export function text(root: ParentNode, selector: string, value: string) {
  const el = root.querySelector(selector);
  if (el) el.textContent = value;
}

export function clone(root: Element, name: string): Element {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!;
  return (template.content.firstElementChild as Element).cloneNode(true) as Element;
}

/** A list's items made to match `items`: reused in order, cloned from the template when short. */
function fillList<T>(list: Element, items: T[], make: () => Element, fill: (el: Element, item: T) => void) {
  items.forEach((item, i) => fill(list.children[i] ?? list.appendChild(make()), item));
  while (list.children.length > items.length) list.lastElementChild!.remove();
}

function fillDose(el: Element, move: PlannedMove, phase: PhaseId | 'desk') {
  setAttributes(el, Object.fromEntries(DOSE_ATTRIBUTES.map((name) => [name, undefined])));
  setAttributes(el, doseAttributes(move.dose, phase === 'desk' ? 'warmup' : phase));
  text(el, '[data-dose]', formatPlannedDose(move.dose, phase));
  const link = el.querySelector<HTMLAnchorElement>('[data-title]')!;
  link.href = move.url;
  link.textContent = move.title;
}

function fillMove(el: Element, move: PlannedMove, phase: PhaseId) {
  setAttributes(el, { 'data-phase': phase, 'data-move': move.id, 'data-addon': move.addon });
  fillDose(el, move, phase);
  const thumb = el.querySelector('img')!;
  thumb.dataset.move = move.id;
  thumb.src = stillUrl(move.url, move.id);
  const tag = el.querySelector<HTMLElement>('[data-addon-tag]')!;
  tag.hidden = !move.addon;
  tag.textContent = move.addon ? ADDON_LABELS[move.addon] : '';
  text(el, '[data-cue]', move.cue);
  const why = el.querySelector<HTMLElement>('[data-why]')!;
  why.dataset.rules = move.why?.rules.join(' ') ?? '';
  text(why, '[data-why-text]', move.why?.text ?? '');
  el.querySelector('button')!.setAttribute('aria-label', `Swap ${move.title}`);
  fillPrintLog(el, move, phase);
}

/** The plan's phases, totals, desk break and notes (the status line and the U1 notice are the caller's). */
export function fillPlan(root: Element, plan: Plan) {
  const section = root.querySelector<HTMLElement>('[data-plan]')!;
  section.dataset.totalSeconds = String(plan.totalSeconds);
  section.dataset.seed = String(plan.seed);
  text(section, '[data-total]', formatMinutes(plan.totalSeconds));
  text(section, '[data-minutes]', String(plan.inputs.minutes));
  text(section, '[data-seed-text]', String(plan.seed));
  for (const phase of plan.phases) {
    const el = root.querySelector<HTMLElement>(`[data-phase-section="${phase.id}"]`)!;
    el.dataset.phaseSeconds = String(phase.seconds);
    text(el, '[data-phase-time]', formatMinutes(phase.seconds));
    fillList(el.querySelector('ol')!, phase.moves, () => clone(root, 'move'), (li, move) => fillMove(li, move, phase.id));
  }
  text(root, '[data-desk-time]', formatMinutes(plan.deskBreak.seconds));
  fillList(root.querySelector('[data-desk-list]')!, plan.deskBreak.moves, () => clone(root, 'desk'), (li, move) => {
    li.setAttribute('data-desk-move', move.id);
    fillDose(li, move, 'desk');
  });
}

/** The live region: the U1 notice, the plan's notes, then the status line. */
export function fillMessages(root: Element, plan: Plan, ignored: string[], status: string) {
  const box = root.querySelector('[data-messages]')!;
  const items: Element[] = [];
  if (ignored.length) {
    const notice = clone(root, 'damaged');
    text(notice, '[data-ignored]', ignored.join('; '));
    items.push(notice);
  }
  for (const note of plan.notes) {
    const p = clone(root, 'note');
    setAttributes(p, { 'data-rule': note.rule, 'data-explains': note.explains.join(' ') });
    p.textContent = note.text;
    items.push(p);
  }
  if (status) {
    const p = clone(root, 'status');
    p.textContent = status;
    items.push(p);
  }
  // Only what changed is replaced, so a screen reader hears the new message, not the whole list again.
  const same = items.length === box.children.length && items.every((item, i) => item.isEqualNode(box.children[i]!));
  if (!same) box.replaceChildren(...items);
}
