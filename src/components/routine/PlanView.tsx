/** @jsxImportSource ./h */
import type { PhaseId, Plan } from '../../lib/routine/types';
import { doseAttributes, formatMinutes, formatPlannedDose } from '../../lib/routine/format';
import { ADDON_LABELS } from '../../lib/routine/text';

interface Props {
  plan: Plan;
  /** The phases' titles, from the page. */
  titles: Record<PhaseId, string>;
  disabled: boolean;
  /** Called with the slot of the move (swaps name their slot, rule U2). */
  onSwap: (slot: string) => void;
}

/** The three phases in order (rule S1), each move with its dose and one-line cue. */
export default function PlanView({ plan, titles, disabled, onSwap }: Props) {
  return (
    <div class="rb-phases">
      {plan.phases.map((phase) => (
        <section key={phase.id} class="rb-card" aria-labelledby={`rb-${phase.id}`} data-phase-section={phase.id} data-phase-seconds={phase.seconds}>
          <h3 id={`rb-${phase.id}`}>
            {titles[phase.id]} <span>about {formatMinutes(phase.seconds)}</span>
          </h3>
          <ol>
            {phase.moves.map((move, index) => (
              // Keyed by slot, not by move: after a swap the same button keeps the focus.
              <li key={index} class="rb-move" data-phase={phase.id} data-move={move.id} data-addon={move.addon} {...doseAttributes(move.dose, phase.id)}>
                <img data-move-thumb data-move={move.id} src={`/figures/stills.svg#${move.id}`} alt="" width={48} height={36} />
                <div>
                  <p>
                    <a href={move.url}>{move.title}</a>
                    {move.addon && <span class="chip rb-tag">{ADDON_LABELS[move.addon]}</span>}
                    <span class="rb-dose">· {formatPlannedDose(move.dose, phase.id === 'strength')}</span>
                  </p>
                  <p class="rb-cue">{move.cue}</p>
                </div>
                <button type="button" class="btn rb-swap" disabled={disabled} aria-label={`Swap ${move.title}`} onClick={() => onSwap(move.slot ?? move.id)}>
                  Swap
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
