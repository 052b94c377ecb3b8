import type { CSSProperties } from 'react';
import './ui.css';

/** A pulsing placeholder block; hidden from assistive technology (pair it with a text for readers). */
export function Skeleton({
  width = '100%',
  height = '1em',
}: {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
}) {
  return <span className="ck-skeleton" aria-hidden="true" style={{ inlineSize: width, blockSize: height }} />;
}

/** The loading state of a widget: a few skeleton lines and a text only screen readers hear. */
export function LoadingState({ label, lines = 2 }: { label: string; lines?: number }) {
  return (
    <div className="ck-loading" data-part="skeleton">
      <Skeleton width="55%" height="2.2rem" />
      {Array.from({ length: lines - 1 }, (_, i) => (
        <Skeleton key={i} width={`${80 - i * 15}%`} height="0.9rem" />
      ))}
      <span className="ck-visually-hidden">{label}</span>
    </div>
  );
}
