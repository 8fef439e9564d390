import type { JSX } from 'preact';
import {
  ADDONS, FOCUSES, LEVELS, SESSION_MINUTES,
  type Addon, type ChoosableId, type RoutineInputs,
} from '../../lib/routine/types';
import { ADDON_LABELS, FOCUS_LABELS, LEVEL_LABELS } from '../../lib/routine/text';

interface Props {
  inputs: RoutineInputs;
  equipment: { id: ChoosableId; label: string }[];
  disabled: boolean;
  onChange: (inputs: RoutineInputs) => void;
}

const fieldset = 'min-w-0 rounded-card border border-line bg-surface p-3 disabled:opacity-70';
const legend = 'px-1 font-semibold';
const option = 'flex items-center gap-2 py-1 cursor-pointer';
const box = 'size-5 shrink-0 accent-accent';

function toggle<T extends string>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  return order.filter((id) => (id === item ? on : list.includes(id)));
}

/** The builder's inputs (routine-rules.md "Inputs"); every control is labelled by its text. */
export default function Controls({ inputs, equipment, disabled, onChange }: Props) {
  const set = (patch: Partial<RoutineInputs>) => onChange({ ...inputs, ...patch });
  const checked = (e: JSX.TargetedEvent<HTMLInputElement>) => e.currentTarget.checked;
  return (
    <div class="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 print:hidden">
      <fieldset class={fieldset} disabled={disabled}>
        <legend class={legend}>Level</legend>
        {LEVELS.map((level) => (
          <label class={option} key={level}>
            <input type="radio" class={box} name="level" value={level} checked={inputs.level === level} onChange={() => set({ level })} />
            {LEVEL_LABELS[level]}
          </label>
        ))}
      </fieldset>
      <fieldset class={fieldset} disabled={disabled} aria-describedby="routine-equipment-hint">
        <legend class={legend}>Equipment</legend>
        <p id="routine-equipment-hint" class="text-sm text-muted">A wall, a chair, a doorway and floor space are assumed.</p>
        {equipment.map(({ id, label }) => (
          <label class={option} key={id}>
            <input
              type="checkbox" class={box} name="equipment" value={id} checked={inputs.equipment.includes(id)}
              onChange={(e) => set({ equipment: toggle(inputs.equipment, id, checked(e), equipment.map((i) => i.id)) })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div class="grid gap-3">
        <fieldset class={fieldset} disabled={disabled}>
          <legend class={legend}>Session length</legend>
          <div class="flex flex-wrap gap-x-4">
            {SESSION_MINUTES.map((minutes) => (
              <label class={option} key={minutes}>
                <input type="radio" class={box} name="minutes" value={minutes} checked={inputs.minutes === minutes} onChange={() => set({ minutes })} />
                {minutes} min
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class={fieldset} disabled={disabled}>
          <legend class={legend}>Focus</legend>
          {FOCUSES.map((focus) => (
            <label class={option} key={focus}>
              <input type="radio" class={box} name="focus" value={focus} checked={inputs.focus === focus} onChange={() => set({ focus })} />
              {FOCUS_LABELS[focus]}
            </label>
          ))}
        </fieldset>
        <fieldset class={fieldset} disabled={disabled}>
          <legend class={legend}>Add-ons</legend>
          {ADDONS.map((addon: Addon) => (
            <label class={option} key={addon}>
              <input
                type="checkbox" class={box} name="addons" value={addon} checked={inputs.addons.includes(addon)}
                onChange={(e) => set({ addons: toggle(inputs.addons, addon, checked(e), ADDONS) })}
              />
              <span class="first-letter:uppercase">{ADDON_LABELS[addon]}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
