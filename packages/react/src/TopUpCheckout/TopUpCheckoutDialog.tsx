import { useEffect, useState } from 'react';
import { useCreditsContext } from '../provider/context';
import { Dialog } from './Dialog';
import { defaultTopUpCheckoutLocalization } from './localization';
import { TopUpCheckout, type TopUpCheckoutProps } from './TopUpCheckout';

export interface TopUpCheckoutDialogProps extends Omit<TopUpCheckoutProps, 'currencyId' | 'onDone'> {
  /**
   * The currency to buy when opened through `open`. When omitted, the dialog opens for whatever an
   * "Add credits" button of `CreditBalance` or `CreditUtilization` asks for.
   */
  currencyId?: string;
  /** Controls the dialog. Default: uncontrolled, opened by "Add credits" buttons under the same provider. */
  open?: boolean;
  /** Called when the dialog asks to open or close (Escape, Cancel, Done, the close button). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * The top-up checkout in a modal dialog. Mount it once under `CreditsProvider`: "Add credits"
 * buttons of the balance widgets then open it for their currency and pool.
 */
export function TopUpCheckoutDialog({ currencyId, open, onOpenChange, onCancel, ...props }: TopUpCheckoutDialogProps) {
  const { topUp } = useCreditsContext();
  // Registering tells "Add credits" buttons that a checkout can open.
  const { register } = topUp;
  useEffect(() => register(), [register]);
  // A new purchase starts fresh each time the dialog opens.
  const [session, setSession] = useState(0);

  const request =
    open !== undefined ? (open && currencyId ? { currencyId, resourceId: props.resourceId } : null) : topUp.request;
  const isOpen = !!request;
  const close = () => {
    onOpenChange?.(false);
    if (open === undefined) topUp.close();
    setSession((n) => n + 1);
  };
  const text = { ...defaultTopUpCheckoutLocalization, ...props.localization };

  return (
    <Dialog open={isOpen} onClose={close} label={text.title} closeLabel={text.close} className="ck-topup-dialog">
      {request && (
        <TopUpCheckout
          key={session}
          {...props}
          currencyId={request.currencyId}
          resourceId={request.resourceId === undefined ? props.resourceId : request.resourceId}
          onCancel={() => {
            onCancel?.();
            close();
          }}
          onDone={close}
        />
      )}
    </Dialog>
  );
}
