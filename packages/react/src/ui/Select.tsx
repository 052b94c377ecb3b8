import { useId } from 'react';
import './ui.css';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  /** Shows the label to screen readers only. Default: `false`. */
  hideLabel?: boolean;
  part?: string;
  disabled?: boolean;
}

/** A native select (keyboard, screen readers and mobile pickers for free) with a visible label. */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel,
  part,
  disabled,
}: SelectProps<T>) {
  const id = useId();
  return (
    <span className="ck-field" data-part={part}>
      <label htmlFor={id} className={hideLabel ? 'ck-visually-hidden' : 'ck-field__label'}>
        {label}
      </label>
      <select
        id={id}
        className="ck-select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
