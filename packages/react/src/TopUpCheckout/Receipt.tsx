import { formatDateTime } from '../format/date';
import { formatAmount, type NumberOptions, sentence, template } from '../format/format';
import type { Receipt as CheckoutReceipt } from '@creditkit/client';
import type { TopUpCheckoutLocalization } from './localization';
import { formatMoney } from './money';
import { Rows } from './Rows';
import type { TopUpCheckoutState } from './useTopUpCheckout';

interface ReceiptProps {
  checkout: TopUpCheckoutState;
  receipt: CheckoutReceipt;
  text: TopUpCheckoutLocalization;
  numberOptions: NumberOptions;
  onDone?: () => void;
}

/** What the customer bought and paid, after a successful payment. */
export function Receipt({ checkout, receipt, text, numberOptions, onDone }: ReceiptProps) {
  const { locale, timeZone } = checkout;
  const currency = checkout.amount.currency;
  const credits = (value: string) => (currency ? formatAmount(value, locale, currency, numberOptions) : value);
  const rows: [string, string, string][] = [
    ['paid', text.paid, formatMoney(receipt.total, receipt.billingCurrency, locale)],
    ['card', text.cardNumber, template(text.cardEnding, { last4: receipt.card.last4 })],
    ['new-balance', text.newBalance, credits(receipt.balanceAfter)],
    ['paid-at', text.paidAt, formatDateTime(receipt.createdAt, locale, timeZone)],
    ['receipt-id', text.receiptId, receipt.id],
  ];
  return (
    <div className="ck-topup__step" data-part="receipt">
      <div className="ck-topup__success" role="status">
        <svg className="ck-topup__success-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="M7 12.5l3.2 3.2L17 9" />
        </svg>
        <div>
          <p className="ck-topup__success-title">{text.successTitle}</p>
          <p className="ck-topup__success-body">
            {sentence(locale, text.successBody, { credits: credits(receipt.credits) })}
          </p>
        </div>
      </div>
      <Rows rows={rows} />
      <div className="ck-topup__actions">
        <button type="button" className="ck-button" onClick={checkout.restart} data-part="buy-more">
          {text.buyMore}
        </button>
        {onDone && (
          <button type="button" className="ck-button" data-variant="primary" onClick={onDone} data-part="done">
            {text.done}
          </button>
        )}
      </div>
    </div>
  );
}
