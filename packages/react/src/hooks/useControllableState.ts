import { useCallback, useState } from 'react';

/**
 * A value that is controlled when `value` is given and uncontrolled otherwise; `onChange` is
 * called either way. The Radix pattern, so filters and steps work both ways.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set] as const;
}
