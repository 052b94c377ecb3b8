import { z } from 'zod';
import { Cursor, DecimalString, Id, IdempotencyKey, NonNegativeDecimal, PageQuery, Timestamp } from './common';

export const CreateQuoteBody = z
  .strictObject({
    currencyId: Id,
    resourceId: Id.optional().meta({ description: 'The pool the credits go to; the global pool when omitted.' }),
    packId: Id.optional(),
    credits: NonNegativeDecimal.optional().meta({
      description: 'A custom amount, within the bounds the packs list gives.',
    }),
  })
  .refine((body) => (body.packId === undefined) !== (body.credits === undefined), {
    message: 'send exactly one of `packId` (a preset pack) or `credits` (a custom amount)',
    path: ['packId'],
  });

export const Quote = z
  .object({
    id: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    packId: z.string().nullable(),
    credits: DecimalString,
    unitPrice: DecimalString,
    subtotal: DecimalString,
    taxRate: DecimalString,
    tax: DecimalString,
    total: DecimalString,
    moneyCurrency: z.string(),
    balanceAfter: DecimalString.meta({ description: 'The pool balance once the purchase is granted.' }),
    expiresAt: Timestamp,
    createdAt: Timestamp,
  })
  .meta({ id: 'Quote' });
export type Quote = z.infer<typeof Quote>;

export const PaymentMethod = z
  .strictObject({
    type: z.literal('card'),
    number: z
      .string()
      .regex(/^[0-9 ]{12,23}$/, 'must be a card number of digits (spaces allowed), like "4242 4242 4242 4242"'),
    expMonth: z.number().int().min(1).max(12).optional(),
    expYear: z.number().int().min(2000).max(2100).optional(),
    cvc: z
      .string()
      .regex(/^\d{3,4}$/, 'must be 3 or 4 digits')
      .optional(),
  })
  .meta({
    id: 'PaymentMethod',
    description: 'The test provider accepts 4242 4242 4242 4242 and declines 4000 0000 0000 0002 and …9995.',
  });

export const ConfirmCheckoutBody = z.strictObject({
  quoteId: Id,
  paymentMethod: PaymentMethod,
  idempotencyKey: IdempotencyKey.optional().meta({ description: 'A double click sends the same key and buys once.' }),
});

export const Receipt = z
  .object({
    id: z.string(),
    quoteId: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    grantId: z.string(),
    credits: DecimalString,
    subtotal: DecimalString,
    tax: DecimalString,
    total: DecimalString,
    moneyCurrency: z.string(),
    paymentMethod: z.object({ type: z.literal('card'), last4: z.string() }),
    balanceAfter: DecimalString.optional(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Receipt' });
export type Receipt = z.infer<typeof Receipt>;

export const ReceiptParams = z.strictObject({ customerId: Id, receiptId: Id });
export const ReceiptListQuery = z.strictObject({ currencyId: Id.optional(), ...PageQuery });
export const ReceiptPage = z.object({ data: z.array(Receipt), nextCursor: Cursor }).meta({ id: 'ReceiptPage' });
