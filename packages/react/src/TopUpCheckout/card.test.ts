import { describe, expect, it } from 'vitest';
import { cardErrors, cardFieldError, formatCardNumber, formatExpiry, luhn, toPaymentCard } from './card';

const now = new Date('2026-11-15T12:00:00Z');
const card = (patch: Partial<{ number: string; expiry: string; cvc: string; name: string }>) => ({
  number: '4242 4242 4242 4242',
  expiry: '12 / 30',
  cvc: '123',
  name: 'Ada Lovelace',
  ...patch,
});

describe('card form rules', () => {
  it('checks card numbers with Luhn', () => {
    expect(luhn('4242424242424242')).toBe(true);
    expect(luhn('4000000000000002')).toBe(true);
    expect(luhn('4000000000009995')).toBe(true);
    expect(luhn('4242424242424241')).toBe(false);
  });

  it('groups digits and writes the expiry as MM / YY while typing', () => {
    expect(formatCardNumber('4242abc42424')).toBe('4242 4242 4');
    expect(formatExpiry('12')).toBe('12');
    expect(formatExpiry('1230')).toBe('12 / 30');
    expect(formatExpiry('12 / ')).toBe('12');
    expect(formatExpiry('12/3')).toBe('12 / 3');
  });

  it('does not call an unfinished field wrong while typing, but does once it cannot become right', () => {
    expect(cardFieldError('number', card({ number: '4242 42' }), now, false)).toBeNull();
    expect(cardFieldError('number', card({ number: '4242 4242 4242 4241' }), now, false)).toBe('numberInvalid');
    expect(cardFieldError('expiry', card({ expiry: '13' }), now, false)).toBe('expiryInvalid');
    expect(cardFieldError('expiry', card({ expiry: '10 / 26' }), now, false)).toBe('expiryPast');
    expect(cardFieldError('expiry', card({ expiry: '11 / 26' }), now, false)).toBeNull();
  });

  it('names every missing field on Pay', () => {
    expect(cardErrors({ number: '', expiry: '', cvc: '', name: ' ' }, now)).toEqual({
      number: 'numberRequired',
      expiry: 'expiryRequired',
      cvc: 'cvcRequired',
      name: 'nameRequired',
    });
    expect(cardErrors(card({ number: '4242 4242', cvc: '12' }), now)).toEqual({
      number: 'numberIncomplete',
      cvc: 'cvcInvalid',
    });
    expect(cardErrors(card({}), now)).toEqual({});
  });

  it('sends digits only to the payment provider', () => {
    expect(toPaymentCard(card({}))).toEqual({
      cardNumber: '4242424242424242',
      expMonth: 12,
      expYear: 2030,
      cvc: '123',
      name: 'Ada Lovelace',
    });
  });
});
