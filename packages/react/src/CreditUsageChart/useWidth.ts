import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The element's width, measured before the first paint and kept current with ResizeObserver.
 * `fallback` stands in where layout is unknown (server rendering, jsdom), so the chart still draws.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width > 0 ? width : fallback] as const;
}
