import type { Plan } from '../../lib/routine/types';
import { formatMinutes, formatPlannedDose } from '../../lib/routine/format';

/** Rules K1, K2 (the week) and K3 (the desk break). Not printed: the page is for the session. */
export default function WeekView({ plan }: { plan: Plan }) {
  const { week, deskBreak } = plan;
  return (
    <div class="grid gap-4 md:grid-cols-2 print:hidden">
      <section aria-labelledby="routine-week" class="rounded-card border border-line bg-surface px-4 py-3" data-week>
        <h2 id="routine-week" class="mt-0 text-lg">Your week</h2>
        <p data-sessions-min={week.sessionsPerWeek.min} data-sessions-max={week.sessionsPerWeek.max}>
          Do this plan <strong>{week.sessionsPerWeek.min} to {week.sessionsPerWeek.max} times a week</strong>, with a rest day between sessions.
        </p>
        <p class="mt-2">Progress one step at a time, never all at once:</p>
        <ol class="mt-1 list-decimal pl-6">
          {week.progression.map((step) => (
            <li key={step.id} data-progression={step.id} class="my-1">
              {step.text}
              {step.moves.length > 0 && (
                <>
                  {' '}
                  {step.moves.map((m, i) => (
                    <span key={m.id}>{i > 0 && ', '}<a href={m.url}>{m.title}</a></span>
                  ))}
                  .
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="routine-desk" class="rounded-card border border-line bg-surface px-4 py-3" data-desk-break>
        <h2 id="routine-desk" class="mt-0 text-lg">Desk break</h2>
        <p>
          If you sit, type or look down a lot, take this {formatMinutes(deskBreak.seconds)} break a few times through the day.
        </p>
        <ul class="mt-1 list-disc pl-6">
          {deskBreak.moves.map((m) => (
            <li key={m.id} data-desk-move={m.id} class="my-1">
              <a href={m.url}>{m.title}</a> <span class="text-muted">· {formatPlannedDose(m.dose, false)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
