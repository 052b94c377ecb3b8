import { useId } from 'react';
import type { SelectOption } from './Select';
import './ui.css';

export interface SegmentedControlProps<T extends string> {
  /** Names the group for screen readers. */
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  part?: string;
}

/**
 * One choice among a few, as native radio buttons styled as segments: arrow keys move between
 * them and screen readers announce a radio group, with no keyboard code of our own.
 */
export function SegmentedControl<T extends string>({
  label,
  value,
  options,
  onChange,
  part,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="ck-segmented" data-part={part}>
      <legend className="ck-visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="ck-segmented__option" data-state={option.value === value ? 'on' : 'off'}>
          <input
            type="radio"
            className="ck-segmented__input"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
