import type { ReactNode } from 'react';
import { Button } from './Button';
import './ui.css';

/** A failure a person can act on: what went wrong and a retry. Announced as an alert. */
export function ErrorState({
  message,
  retryLabel,
  onRetry,
}: {
  message: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <div className="ck-error" role="alert" data-part="error">
      <span className="ck-error__icon" aria-hidden="true">
        !
      </span>
      <span className="ck-error__message">{message}</span>
      <Button size="sm" onClick={onRetry} data-part="retry">
        {retryLabel}
      </Button>
    </div>
  );
}

/** Nothing to show yet, said plainly, with an optional next step. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="ck-empty" data-part="empty">
      <p className="ck-empty__title">{title}</p>
      {children}
    </div>
  );
}
