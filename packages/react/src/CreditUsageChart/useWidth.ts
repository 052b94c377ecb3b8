import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The element's width, measured before the first paint and kept current with ResizeObserver;
 * `undefined` until measured, so a caller can skip drawing at a width it would throw away.
 * `fallback` stands in where layout is unknown (jsdom, a hidden element), so the chart still draws.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last: number | undefined;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      const next = measured > 0 ? measured : fallback;
      // The observer's first report repeats the mount's measure: an update with it would still
      // render the card once more, as the data arrives.
      if (next === last) return;
      last = next;
      setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
