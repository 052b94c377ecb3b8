import { useId } from 'react';

export interface FieldSelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  part: string;
}

/** A labelled native select: keyboard, screen readers and mobile pickers for free. */
export function FieldSelect({ label, value, options, onChange, part }: FieldSelectProps) {
  const id = useId();
  return (
    <span className="ck-usage-chart__field" data-part={part}>
      <label htmlFor={id} className="ck-usage-chart__field-label">
        {label}
      </label>
      <select
        id={id}
        className="ck-usage-chart__control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
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
