import { z } from 'zod';
import { Actor, DecimalString, Id, IdempotencyKey, NonNegativeDecimal, Timestamp } from './common';

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

const pool = { customerId: z.string(), currencyId: z.string(), resourceId: z.string().nullable() };
const price = {
  credits: DecimalString,
  unitPrice: DecimalString,
  subtotal: DecimalString,
  tax: DecimalString,
  total: DecimalString,
  billingCurrency: z.string().meta({ description: 'ISO 4217 code.' }),
};

export const Quote = z
  .object({
    id: z.string(),
    ...pool,
    packId: z.string().nullable(),
    ...price,
    balanceAfter: DecimalString.meta({ description: 'The pool balance once the purchase is granted.' }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
  })
  .meta({ id: 'Quote' });
export type Quote = z.infer<typeof Quote>;

export const CardDetails = z
  .strictObject({
    cardNumber: z
      .string()
      .regex(/^[0-9 ]{12,23}$/, 'must be a card number of digits (spaces allowed), like "4242 4242 4242 4242"'),
    expMonth: z.number().int().min(1).max(12),
    expYear: z.number().int().min(2000).max(2100),
    cvc: z.string().regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
    name: z.string().min(1).max(200),
  })
  .meta({
    id: 'CardDetails',
    description: 'The test provider accepts 4242 4242 4242 4242 and declines 4000 0000 0000 0002 and …9995.',
  });

export const ConfirmCheckoutBody = z.strictObject({
  quoteId: Id,
  payment: CardDetails,
  idempotencyKey: IdempotencyKey.optional().meta({
    description: 'A double click sends the same key and buys once. The quote id when omitted (a quote is paid once).',
  }),
});

export const Receipt = z
  .object({
    id: z.string(),
    quoteId: z.string(),
    ...pool,
    ...price,
    grantId: z.string(),
    paymentId: z.string(),
    card: z.object({ brand: z.string(), last4: z.string() }),
    balanceAfter: DecimalString,
    actor: Actor,
    createdAt: Timestamp,
  })
  .meta({ id: 'Receipt' });
export type Receipt = z.infer<typeof Receipt>;

export const ReceiptParams = z.strictObject({ customerId: Id, receiptId: Id });
export const ReceiptList = z
  .object({ data: z.array(Receipt).meta({ description: 'Newest first.' }) })
  .meta({ id: 'ReceiptList' });
