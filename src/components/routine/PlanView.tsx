import type { Plan, PlannedMove, PhaseId } from '../../lib/routine/types';
import { PHASE_TITLES, doseAttributes, formatMinutes, formatPlannedDose } from '../../lib/routine/format';
import { ADDON_LABELS } from '../../lib/routine/text';

interface Props {
  plan: Plan;
  disabled: boolean;
  onSwap: (moveId: string) => void;
}

const PHASE_HINTS: Record<PhaseId, string> = {
  warmup: 'Keep moving: dynamic moves, no holds.',
  strength: 'Slow and controlled; rest about 45 s between sets.',
  cooldown: 'Static holds while you are warm; ease in, never bounce.',
};

function MoveItem({ move, phase, disabled, onSwap }: { move: PlannedMove; phase: PhaseId; disabled: boolean; onSwap: Props['onSwap'] }) {
  const extra = move.addon ? { 'data-addon': move.addon } : {};
  return (
    <li
      data-phase={phase} data-move={move.id} {...extra} {...doseAttributes(move.dose, phase)}
      class="flex flex-wrap items-start gap-x-3 gap-y-1 border-t border-line py-2.5 first:border-t-0 print:py-1 print:break-inside-avoid"
    >
      <div class="min-w-0 flex-1 basis-56">
        <p class="font-semibold">
          <a href={move.url} class="print:after:content-none!">{move.title}</a>
          {move.addon && <span class="chip ml-2 align-middle print:py-0">{ADDON_LABELS[move.addon]}</span>}
          <span class="ml-2 font-normal text-muted print:text-black"> · {formatPlannedDose(move.dose, phase === 'strength')}</span>
        </p>
        <p class="text-sm text-muted print:text-black">{move.cue}</p>
      </div>
      <button
        type="button" class="btn py-1 text-sm print:hidden" disabled={disabled}
        aria-label={`Swap ${move.title}`} onClick={() => onSwap(move.id)}
      >
        Swap
      </button>
    </li>
  );
}

/** The three phases in order (rule S1), each move with its dose and one-line cue. */
export default function PlanView({ plan, disabled, onSwap }: Props) {
  return (
    <div class="grid gap-4 print:gap-1">
      {plan.phases.map((phase) => (
        <section
          key={phase.id} aria-labelledby={`routine-phase-${phase.id}`} data-phase-section={phase.id} data-phase-seconds={phase.seconds}
          class="rounded-card border border-line bg-surface px-4 py-3 print:border-0 print:p-0"
        >
          <h3 id={`routine-phase-${phase.id}`} class="mt-0 mb-0 flex flex-wrap items-baseline gap-x-2 print:text-base">
            {PHASE_TITLES[phase.id]} <span class="text-base font-normal text-muted print:text-black">about {formatMinutes(phase.seconds)}</span>
          </h3>
          <p class="mb-1 text-sm text-muted print:hidden">{PHASE_HINTS[phase.id]}</p>
          <ol class="list-none p-0">
            {phase.moves.map((move, index) => (
              // Keyed by slot, not by move: after a swap the same button keeps the focus.
              <MoveItem key={`${phase.id}-${index}`} move={move} phase={phase.id} disabled={disabled} onSwap={onSwap} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
