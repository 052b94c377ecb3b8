import { useCallback, useState } from 'react';

/**
 * `value` when the host controls it, else our own state seeded from `defaultValue`; `onChange`
 * hears every change either way. (Radix's `useControllableState`, reduced to what the chart needs.)
 */
export function useControllableValue<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : own, set] as const;
}
