/** Every visible string of `TopUpCheckout`. `{name}` placeholders are filled in by the widget. */
export interface TopUpCheckoutLocalization {
  /** Heading. Default: `Add credits`. */
  title: string;
  /** Step indicator; `{step}`, `{count}`, `{name}`. Default: `Step {step} of {count}: {name}`. */
  stepLabel: string;
  /** Name of step 1. Default: `Choose an amount`. */
  amountStep: string;
  /** Name of step 2. Default: `Payment`. */
  paymentStep: string;
  /** Shown to screen readers while loading. Default: `Loading checkout…`. */
  loading: string;
  /** When packs or the balance cannot be loaded. Default: `Couldn't load the checkout.` */
  error: string;
  /** Retry button. Default: `Retry`. */
  retry: string;
  /** When the currency has no packs and no custom amount. Default: `Credits of this kind can't be bought here.` */
  empty: string;
  /** Legend of the amount choices. Default: `Amount`. */
  amountLegend: string;
  /** A pack's label; `{credits}` formatted. Default: `{credits}`. */
  packLabel: string;
  /** The custom amount choice. Default: `Custom amount`. */
  customLabel: string;
  /** Hint under the custom field; `{min}`, `{max}`. Default: `Between {min} and {max}`. */
  customHint: string;
  /** Default: `Enter an amount of credits.` */
  customRequired: string;
  /** Default: `Enter a number, like 1500.` */
  customInvalid: string;
  /** `{min}`. Default: `The minimum is {min}. Enter {min} or more.` */
  customBelowMin: string;
  /** `{max}`. Default: `The maximum is {max}. Enter {max} or less.` */
  customAboveMax: string;
  /** `{places}`. Default: `Use at most {places} decimal places.` */
  customPrecision: string;
  /** Summary caption. Default: `Price` */
  summaryTitle: string;
  /** Default: `Price per credit` */
  unitPrice: string;
  /** Default: `Subtotal` */
  subtotal: string;
  /** Default: `Tax` */
  tax: string;
  /** Default: `Total` */
  total: string;
  /** Default: `Balance after purchase` */
  balanceAfter: string;
  /** While a quote is loading. Default: `Updating price…` */
  quoting: string;
  /** When the quote fails. Default: `Couldn't get a price.` */
  quoteError: string;
  /** Shown when a quote expired and was refreshed before paying. Default: `Prices were refreshed. Check the total and pay again.` */
  quoteRefreshed: string;
  /** Default: `Continue to payment` */
  continue: string;
  /** Default: `Cancel` */
  cancel: string;
  /** Default: `Back` */
  back: string;
  /** Order line on step 2; `{credits}`. Default: `{credits}` */
  orderLine: string;
  /** Legend of the card fields. Default: `Card details` */
  cardLegend: string;
  /** Default: `Card number` */
  cardNumber: string;
  /** Default: `Expiry (MM / YY)` */
  cardExpiry: string;
  /** Default: `CVC` */
  cardCvc: string;
  /** Default: `Name on card` */
  cardName: string;
  /** Default: `Enter the card number.` */
  numberRequired: string;
  /** Default: `The card number is too short. Check the digits.` */
  numberIncomplete: string;
  /** Default: `This card number isn't valid. Check the digits.` */
  numberInvalid: string;
  /** Default: `Enter the expiry date.` */
  expiryRequired: string;
  /** Default: `Enter the expiry as MM / YY, like 04 / 29.` */
  expiryInvalid: string;
  /** Default: `This card has expired. Use another card.` */
  expiryPast: string;
  /** Default: `Enter the 3 or 4 digit code on the back of the card.` */
  cvcRequired: string;
  /** Default: `The CVC has 3 or 4 digits.` */
  cvcInvalid: string;
  /** Default: `Enter the name on the card.` */
  nameRequired: string;
  /** Pay button; `{total}`. Default: `Pay {total}` */
  pay: string;
  /** While paying. Default: `Paying…` */
  paying: string;
  /** Default: `Your card was declined. Try another card.` */
  declined: string;
  /** Default: `Your card has insufficient funds. Try another card.` */
  insufficientFunds: string;
  /** Default: `We couldn't reach the payment service. You have not been charged twice: press Pay to try again.` */
  networkError: string;
  /** Default: `An earlier attempt may have gone through. Check your balance before paying again.` */
  conflict: string;
  /** Any other failure; `{message}` is the server's. Default: `The payment failed: {message}` */
  payError: string;
  /** Heading of the receipt. Default: `Payment complete` */
  successTitle: string;
  /** `{credits}`. Default: `{credits} were added to your balance.` */
  successBody: string;
  /** Default: `Paid` */
  paid: string;
  /** `{last4}`. Default: `Card ending {last4}` */
  cardEnding: string;
  /** Default: `New balance` */
  newBalance: string;
  /** Default: `Receipt` */
  receiptId: string;
  /** Default: `Date` */
  paidAt: string;
  /** Default: `Done` */
  done: string;
  /** Default: `Buy more` */
  buyMore: string;
  /** The dialog's close button. Default: `Close` */
  close: string;
  /** Footnote under the form. Default: `Test mode: use 4242 4242 4242 4242 with any future date.` — set to `''` to hide. */
  testModeNote: string;
}

export const defaultTopUpCheckoutLocalization: TopUpCheckoutLocalization = {
  title: 'Add credits',
  stepLabel: 'Step {step} of {count}: {name}',
  amountStep: 'Choose an amount',
  paymentStep: 'Payment',
  loading: 'Loading checkout…',
  error: "Couldn't load the checkout.",
  retry: 'Retry',
  empty: "Credits of this kind can't be bought here.",
  amountLegend: 'Amount',
  packLabel: '{credits}',
  customLabel: 'Custom amount',
  customHint: 'Between {min} and {max}',
  customRequired: 'Enter an amount of credits.',
  customInvalid: 'Enter a number, like 1500.',
  customBelowMin: 'The minimum is {min}. Enter {min} or more.',
  customAboveMax: 'The maximum is {max}. Enter {max} or less.',
  customPrecision: 'Use at most {places} decimal places.',
  summaryTitle: 'Price',
  unitPrice: 'Price per credit',
  subtotal: 'Subtotal',
  tax: 'Tax',
  total: 'Total',
  balanceAfter: 'Balance after purchase',
  quoting: 'Updating price…',
  quoteError: "Couldn't get a price.",
  quoteRefreshed: 'Prices were refreshed. Check the total and pay again.',
  continue: 'Continue to payment',
  cancel: 'Cancel',
  back: 'Back',
  orderLine: '{credits}',
  cardLegend: 'Card details',
  cardNumber: 'Card number',
  cardExpiry: 'Expiry (MM / YY)',
  cardCvc: 'CVC',
  cardName: 'Name on card',
  numberRequired: 'Enter the card number.',
  numberIncomplete: 'The card number is too short. Check the digits.',
  numberInvalid: "This card number isn't valid. Check the digits.",
  expiryRequired: 'Enter the expiry date.',
  expiryInvalid: 'Enter the expiry as MM / YY, like 04 / 29.',
  expiryPast: 'This card has expired. Use another card.',
  cvcRequired: 'Enter the 3 or 4 digit code on the back of the card.',
  cvcInvalid: 'The CVC has 3 or 4 digits.',
  nameRequired: 'Enter the name on the card.',
  pay: 'Pay {total}',
  paying: 'Paying…',
  declined: 'Your card was declined. Try another card.',
  insufficientFunds: 'Your card has insufficient funds. Try another card.',
  networkError: "We couldn't reach the payment service. You have not been charged twice: press Pay to try again.",
  conflict: 'An earlier attempt may have gone through. Check your balance before paying again.',
  payError: 'The payment failed: {message}',
  successTitle: 'Payment complete',
  successBody: '{credits} were added to your balance.',
  paid: 'Paid',
  cardEnding: 'Card ending {last4}',
  newBalance: 'New balance',
  receiptId: 'Receipt',
  paidAt: 'Date',
  done: 'Done',
  buyMore: 'Buy more',
  close: 'Close',
  testModeNote: 'Test mode: use 4242 4242 4242 4242 with any future date.',
};
