import type { ReactNode } from 'react';
import './ui.css';

export type BadgeTone = 'neutral' | 'accent' | 'ok' | 'info' | 'warning' | 'danger';

/**
 * A small label. Its text carries the meaning; the tone only reinforces it, so nothing is said by
 * colour alone. A dot before the text changes shape per tone for readers who cannot tell colours.
 */
export function Badge({ tone = 'neutral', children, part }: { tone?: BadgeTone; children: ReactNode; part?: string }) {
  return (
    <span className="ck-badge" data-tone={tone} data-part={part}>
      <span className="ck-badge__mark" aria-hidden="true" />
      {children}
    </span>
  );
}
