import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useCreditsContext } from '../provider/context';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  open: boolean;
  /** Escape, the close button or a click on the backdrop. */
  onClose: () => void;
  /** Id of the element that names the dialog. */
  labelledBy: string;
  /** Label of the close button. */
  closeLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: focus moves in when it opens, Tab stays inside, Escape closes, and focus returns
 * to whatever opened it. Rendered in a portal, so it carries the provider's theme with it.
 */
export function Dialog({ open, onClose, labelledBy, closeLabel, className, children }: DialogProps) {
  const { theme } = useCreditsContext();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    const first = node?.querySelector<HTMLElement>(
      '[data-part="body"] ' + FOCUSABLE.split(', ').join(', [data-part="body"] '),
    );
    (first ?? node)?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open || typeof document === 'undefined') return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="ck-root" data-ck-theme={theme}>
      <div
        className="ck-dialog__backdrop"
        data-part="backdrop"
        onMouseDown={(event) => {
          if (event.target === event.currentTarget) onCloseRef.current();
        }}
      >
        <div
          ref={ref}
          role="dialog"
          aria-modal="true"
          aria-labelledby={labelledBy}
          tabIndex={-1}
          className={['ck-dialog', className].filter(Boolean).join(' ')}
          onKeyDown={onKeyDown}
        >
          <button
            type="button"
            className="ck-dialog__close"
            aria-label={closeLabel}
            onClick={() => onCloseRef.current()}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
          <div data-part="body">{children}</div>
        </div>
      </div>
    </div>,
    document.body,
  );
}
