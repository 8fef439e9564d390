/** @jsxImportSource ./h */
import type { AskedInput, RoutineInputs } from '../../lib/routine/types';

type Value = string | number;
/**
 * The words of the controls, from the page (kept out of the JavaScript): each control's legend and
 * options as [value, label] in order, the equipment hint, and the word for no equipment.
 */
export type ControlLabels = Record<AskedInput, [Value, string][]> & {
  legends: [AskedInput, string][];
  hint: string;
  none: string;
};

interface Props {
  inputs: RoutineInputs;
  labels: ControlLabels;
  disabled: boolean;
  onChange: (inputs: RoutineInputs) => void;
}


/** The builder's inputs (routine-rules.md "Inputs"): fieldsets of radio buttons or checkboxes, each labelled by its text. */
export default function Controls({ inputs, labels, disabled, onChange }: Props) {
  const LEGENDS = labels.legends;
  const group = ([name, legend]: [AskedInput, string]) => {
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
  // Folded on phones into one line of the choices ("Beginner · Resistance band · 20 min · Balanced"),
  // so the plan starts on the first screen; wide screens always show the controls (routine.css).
  const chosen = (name: AskedInput) =>
    labels[name].filter(([option]) => ([inputs[name]].flat() as Value[]).includes(option)).map(([, label]) => label).join(', ') || labels.none;
  return (
    <details class="rb-fold">
      <summary><span>{LEGENDS.slice(0, 4).map(([name]) => chosen(name)).join(' · ')}</span> <span class="btn">Change</span></summary>
      <div class="rb-controls">
        {group(LEGENDS[0])}
        {group(LEGENDS[1])}
        <div class="rb-stack">{LEGENDS.slice(2).map(group)}</div>
      </div>
    </details>
  );
}
