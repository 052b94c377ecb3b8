// The test payment provider's card form: normalising and validating what a customer types.

export type CardField = 'number' | 'expiry' | 'cvc' | 'name';
export type CardErrorCode =
  | 'numberRequired'
  | 'numberIncomplete'
  | 'numberInvalid'
  | 'expiryRequired'
  | 'expiryInvalid'
  | 'expiryPast'
  | 'cvcRequired'
  | 'cvcInvalid'
  | 'nameRequired';

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

export const emptyCard: CardInput = { number: '', expiry: '', cvc: '', name: '' };

const digits = (text: string) => text.replace(/\D/g, '');

/** Card number grouped by four as the customer types ("4242424242" → "4242 4242 42"). */
export function formatCardNumber(text: string): string {
  return digits(text)
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Expiry as "MM / YY" while typing; the separator appears with the third digit, so Backspace never fights it. */
export function formatExpiry(text: string): string {
  const d = digits(text).slice(0, 4);
  return d.length > 2 ? `${d.slice(0, 2)} / ${d.slice(2)}` : d;
}

/** Luhn checksum (ISO/IEC 7812) of a digit string. */
export function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return number.length > 0 && sum % 10 === 0;
}

/** Month and four-digit year of an "MM / YY" expiry, or `null`. */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const d = digits(text);
  if (d.length !== 4) return null;
  const month = Number(d.slice(0, 2));
  if (month < 1 || month > 12) return null;
  return { month, year: 2000 + Number(d.slice(2)) };
}

/**
 * The error of one field, or `null`. With `complete: false` (while typing) a field that is merely
 * unfinished is not an error yet; one that can no longer become valid is.
 */
export function cardFieldError(field: CardField, card: CardInput, now: Date, complete: boolean): CardErrorCode | null {
  switch (field) {
    case 'number': {
      const d = digits(card.number);
      if (!d) return complete ? 'numberRequired' : null;
      if (d.length < 13) return complete ? 'numberIncomplete' : null;
      if (d.length < 16 && !complete) return null;
      return luhn(d) ? null : 'numberInvalid';
    }
    case 'expiry': {
      const d = digits(card.expiry);
      if (!d) return complete ? 'expiryRequired' : null;
      if (d.length >= 2 && (Number(d.slice(0, 2)) < 1 || Number(d.slice(0, 2)) > 12)) return 'expiryInvalid';
      if (d.length < 4) return complete ? 'expiryInvalid' : null;
      const expiry = parseExpiry(card.expiry);
      if (!expiry) return 'expiryInvalid';
      // A card is valid through the last day of its expiry month.
      const thisMonth = now.getFullYear() * 12 + now.getMonth();
      return expiry.year * 12 + (expiry.month - 1) < thisMonth ? 'expiryPast' : null;
    }
    case 'cvc': {
      const d = digits(card.cvc);
      if (!d) return complete ? 'cvcRequired' : null;
      return d.length < 3 ? (complete ? 'cvcInvalid' : null) : d.length > 4 ? 'cvcInvalid' : null;
    }
    case 'name':
      return card.name.trim() ? null : complete ? 'nameRequired' : null;
  }
}

export const cardFields: readonly CardField[] = ['number', 'expiry', 'cvc', 'name'];

/** Every field's error when the customer presses Pay. */
export function cardErrors(card: CardInput, now: Date): Partial<Record<CardField, CardErrorCode>> {
  const errors: Partial<Record<CardField, CardErrorCode>> = {};
  for (const field of cardFields) {
    const error = cardFieldError(field, card, now, true);
    if (error) errors[field] = error;
  }
  return errors;
}

/** What the payment provider receives. */
export function toPaymentCard(card: CardInput) {
  const expiry = parseExpiry(card.expiry);
  return {
    cardNumber: digits(card.number),
    expMonth: expiry?.month ?? 1,
    expYear: expiry?.year ?? 2000,
    cvc: digits(card.cvc),
    name: card.name.trim(),
  };
}
