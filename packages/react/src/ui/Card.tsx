import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import './ui.css';

export interface CardProps {
  /** The widget's stable class, e.g. `ck-credit-grants`. */
  name: string;
  /** Written to `data-state`. */
  state: string;
  title: ReactNode;
  /** Controls beside the title (filters, export, add credits). */
  actions?: ReactNode;
  className?: string | undefined;
  compact?: boolean | undefined;
  busy?: boolean;
  children?: ReactNode;
}

/** The frame of every widget: a labelled region with a title row, `data-state` and `data-compact`. */
export function Card({ name, state, title, actions, className, compact, busy, children }: CardProps) {
  const titleId = useId();
  return (
    <section
      className={cx('ck-card', name, className)}
      data-state={state}
      data-compact={compact ? '' : undefined}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
    >
      <div className="ck-card__header" data-part="header">
        <h2 className={cx('ck-card__title', `${name}__title`)} id={titleId} data-part="title">
          {title}
        </h2>
        {actions && (
          <div className="ck-card__actions" data-part="actions">
            {actions}
          </div>
        )}
      </div>
      {children}
    </section>
  );
}
