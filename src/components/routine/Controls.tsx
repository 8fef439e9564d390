/** @jsxImportSource ./h */
import type { RoutineInputs } from '../../lib/routine/types';

type Value = string | number;
/**
 * The words of the controls, from the page (kept out of the JavaScript): each control's options as
 * [value, label] in order, and the equipment hint.
 */
export type ControlLabels = Record<keyof RoutineInputs, [Value, string][]> & { hint: string };

interface Props {
  inputs: RoutineInputs;
  labels: ControlLabels;
  disabled: boolean;
  onChange: (inputs: RoutineInputs) => void;
}

const LEGENDS: [keyof RoutineInputs, string][] = [
  ['level', 'Level'], ['equipment', 'Equipment'], ['minutes', 'Session length'], ['focus', 'Focus'], ['addons', 'Add-ons'],
];

/** The builder's inputs (routine-rules.md "Inputs"): fieldsets of radio buttons or checkboxes, each labelled by its text. */
export default function Controls({ inputs, labels, disabled, onChange }: Props) {
  const group = ([name, legend]: [keyof RoutineInputs, string]) => {
    const value = inputs[name] as Value | Value[];
    const options = labels[name];
    const many = Array.isArray(value);
    const hint = name === 'equipment' ? 'rb-equipment-hint' : undefined;
    return (
      <fieldset class="rb-group" disabled={disabled} aria-describedby={hint}>
        <legend>{legend}</legend>
        {hint && <p id={hint} class="rb-hint">{labels.hint}</p>}
        {options.map(([option, label]) => (
          <label key={option}>
            <input
              type={many ? 'checkbox' : 'radio'} name={name} value={option}
              checked={many ? value.includes(option) : value === option}
              onChange={(e) => onChange({
                ...inputs,
                // A list keeps the options' order, so the link is the same whatever the click order.
                [name]: many ? options.map(([o]) => o).filter((o) => (o === option ? e.currentTarget.checked : value.includes(o))) : option,
              })}
            />
            {label}
          </label>
        ))}
      </fieldset>
    );
  };
  return (
    <div class="rb-controls">
      {group(LEGENDS[0])}
      {group(LEGENDS[1])}
      <div class="rb-stack">{LEGENDS.slice(2).map(group)}</div>
    </div>
  );
}
