/** @jsxImportSource ./h */
import type { Plan, Week } from '../../lib/routine/types';
import { doseAttributes, formatMinutes, formatPlannedDose } from '../../lib/routine/format';

/** Rules K1, K2 (the week) and K3 (the desk break). Not printed: the printed page is the session. */
export default function WeekView({ week, deskBreak }: { week: Week; deskBreak: Plan['deskBreak'] }) {
  const { min, max } = week.sessionsPerWeek;
  return (
    <div class="rb-side">
      <section class="rb-card" aria-labelledby="rb-week">
        <h2 id="rb-week">Your week</h2>
        <p data-sessions={`${min}-${max}`}>{week.text}</p>
        <ol>
          {week.progression.map((step) => (
            <li data-progression={step.id}>
              {step.text} {step.moves.map((m, i) => <>{i > 0 && ', '}<a href={m.url}>{m.title}</a></>)}
            </li>
          ))}
        </ol>
      </section>
      <section class="rb-card" aria-labelledby="rb-desk">
        <h2 id="rb-desk">Desk break</h2>
        <p>If you sit, type or look down a lot, take this {formatMinutes(deskBreak.seconds)} break a few times a day:</p>
        <ul>
          {deskBreak.moves.map((m) => (
            <li data-desk-move={m.id} {...doseAttributes(m.dose, 'warmup')}><a href={m.url}>{m.title}</a> · {formatPlannedDose(m.dose, false)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
