import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  /** Escape, the close button or a click on the backdrop. */
  onClose: () => void;
  /** The dialog's accessible name (the checkout's title). */
  label: string;
  /** Label of the close button. */
  closeLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>`: the browser moves focus in, makes the page behind it inert and turns
 * Escape into `cancel`; focus goes back to the opener on close. Tab past the last control wraps to
 * the first (and Shift+Tab the other way) instead of leaving for the browser's own UI. Staying in
 * the provider's tree (the top layer needs no portal) keeps the `--ck-*` theme.
 */
export function Dialog({ open, onClose, label, closeLabel, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={['ck-dialog', className].filter(Boolean).join(' ')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click on the backdrop lands on the dialog itself; its content covers the rest.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      onKeyDown={(event) => {
        if (event.key !== 'Tab') return;
        const controls = [
          ...event.currentTarget.querySelectorAll<HTMLElement>('button,input,select,textarea,a[href],[tabindex="0"]'),
        ].filter((el) => !el.matches(':disabled') && el.getClientRects().length);
        const edge = event.shiftKey ? controls[0] : controls.at(-1);
        if (document.activeElement === edge) {
          event.preventDefault();
          (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
        }
      }}
    >
      {open && (
        <>
          <button type="button" className="ck-dialog__close" aria-label={closeLabel} onClick={onClose}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
          {children}
        </>
      )}
    </dialog>
  );
}
