/**
 * "Log this session" and "Add to calendar" under the routine builder, loaded on first use with the
 * builder's own plan object (never read back from the page).
 */
import type { Plan } from '../../lib/routine/types';
import { encodeRequest } from '../../lib/routine/url';
import { formatPlannedDose } from '../../lib/routine/format';
import type { Effort, SessionMoveRecord } from '../../lib/progress/session';
import { plural } from '../../lib/words';
import { saveSession } from './storage';
import { addToCalendar } from './calendar-form';

const minutes = (plan: Plan) => Math.round(plan.totalSeconds / 60);

async function logSession(form: Element, plan: Plan) {
  const status = form.querySelector('[data-log-status]');
  const effort = (form.querySelector<HTMLInputElement>('input[name="effort"]:checked')?.value ?? 'about-right') as Effort;
  const moves = plan.phases.flatMap((phase) => phase.moves.map((move): SessionMoveRecord => ({
    id: move.id, phase: phase.id, ...(move.addon && { addon: move.addon }), setsPlanned: move.dose.sets, setsDone: move.dose.sets, skipped: false,
  })));
  const result = await saveSession({ date: new Date().toISOString(), query: encodeRequest(plan), level: plan.inputs.level, minutes: minutes(plan), moves, effort, source: 'manual' });
  if (status) status.textContent = result.ok ? `Logged. Your log now holds ${plural(result.count, 'session')}, on this device only.` : result.message;
}

/** Runs the button's action ("log" or "calendar") for this plan. */
export function runLogAction(button: HTMLElement, plan: Plan): Promise<void> {
  const form = button.closest(button.dataset.progressAction === 'log' ? '[data-log-form]' : '[data-calendar-form]');
  if (!form) return Promise.resolve();
  if (button.dataset.progressAction === 'log') return logSession(form, plan);
  return addToCalendar(form, {
    query: encodeRequest(plan), level: plan.inputs.level, minutes: minutes(plan),
    moves: plan.phases.flatMap((phase) => phase.moves.map((m) => `${m.title}: ${formatPlannedDose(m.dose, phase.id)}`)),
  });
}
