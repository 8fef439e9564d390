/** @jsxImportSource ./h */
import type { Plan, Week } from '../../lib/routine/types';
import { doseAttributes, formatMinutes, formatPlannedDose } from '../../lib/routine/format';

/**
 * The builder's fixed words, from the page (kept out of the JavaScript): the week and desk-break
 * sections (the desk break's lead goes round its length), the damaged-link notice (rule U1, round
 * what was ignored) and the copy messages.
 */
export interface BuilderWords {
  week: string;
  deskBreak: string;
  deskLead: [string, string];
  damaged: [string, string, string];
  copied: string;
  copyFailed: string;
  /** The player link's name ("Start this routine"). */
  start: string;
}

/** Rules K1, K2 (the week) and K3 (the desk break). Not printed: the printed page is the session. */
export default function WeekView({ week, deskBreak, words }: { week: Week; deskBreak: Plan['deskBreak']; words: BuilderWords }) {
  const { min, max } = week.sessionsPerWeek;
  return (
    <div class="rb-side">
      <section class="rb-card" aria-labelledby="rb-week">
        <h2 id="rb-week">{words.week}</h2>
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
        <h2 id="rb-desk">{words.deskBreak}</h2>
        <p>{words.deskLead[0]}{formatMinutes(deskBreak.seconds)}{words.deskLead[1]}</p>
        <ul>
          {deskBreak.moves.map((m) => (
            <li data-desk-move={m.id} {...doseAttributes(m.dose, 'warmup')}><a href={m.url}>{m.title}</a> · {formatPlannedDose(m.dose, false)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
