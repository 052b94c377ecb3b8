import { z } from 'zod';
import { DecimalString, Id, NonNegativeDecimal } from './common';

export const EnforcementMode = z.enum(['hard', 'soft']).meta({
  id: 'EnforcementMode',
  description: '`hard` refuses what the balance cannot cover; `soft` lets the balance go negative.',
});

export const CheckoutConfig = z
  .object({
    billingCurrency: z.string().meta({ description: 'ISO 4217 code of the money top-ups are paid in.' }),
    minorUnits: z.number().int(),
    pricePerCredit: DecimalString,
    taxRate: DecimalString.meta({ description: 'Added on top of the subtotal, e.g. "0.2" for 20 %.' }),
    packs: z.array(z.object({ id: z.string(), credits: DecimalString, label: z.string().optional() })),
    customMin: DecimalString,
    customMax: DecimalString,
    quoteTtlSeconds: z.number().int(),
  })
  .meta({ id: 'CheckoutConfig', description: 'How credits of a currency are sold through the top-up checkout.' });

export const Currency = z
  .object({
    id: z.string(),
    displayName: z.string(),
    unitSingular: z.string(),
    unitPlural: z.string(),
    symbol: z.string().optional(),
    precision: z.number().int().meta({ description: 'Decimal places credits of this currency are kept to.' }),
    enforcement: EnforcementMode,
    burnDown: z.enum(['default', 'fifo', 'lifo']).meta({ description: 'The order grants are drawn from.' }),
    lowBalanceThreshold: DecimalString.nullable(),
    checkout: CheckoutConfig.nullable().meta({ description: '`null`: this currency cannot be bought.' }),
  })
  .meta({ id: 'Currency' });
export type Currency = z.infer<typeof Currency>;

export const CurrencyParams = z.strictObject({ currencyId: Id });

export const CurrencyList = z.object({ data: z.array(Currency) }).meta({ id: 'CurrencyList' });

export const Feature = z
  .object({
    id: z.string(),
    currencyId: z.string(),
    displayName: z.string(),
    unit: z.string().nullable(),
    rate: DecimalString.meta({ description: 'Credits consumed per unit of usage, e.g. "0.002" per token.' }),
    enforcement: EnforcementMode.nullable().meta({ description: "Overrides the currency's; `null` inherits it." }),
  })
  .meta({ id: 'Feature' });
export type Feature = z.infer<typeof Feature>;

export const FeatureListQuery = z.strictObject({ currencyId: Id.optional() });
export const FeatureList = z.object({ data: z.array(Feature) }).meta({ id: 'FeatureList' });

export const Money = z
  .object({ subtotal: DecimalString, tax: DecimalString, total: DecimalString, billingCurrency: z.string() })
  .meta({ id: 'Money' });

export const Pack = z
  .object({ id: z.string(), credits: DecimalString, label: z.string().nullable(), price: Money })
  .meta({ id: 'Pack' });
export type Pack = z.infer<typeof Pack>;

export const PackList = z
  .object({
    currencyId: z.string(),
    data: z.array(Pack),
    customAmount: z
      .object({ min: NonNegativeDecimal, max: NonNegativeDecimal })
      .nullable()
      .meta({ description: 'Bounds of a custom amount of credits; `null` when the currency is not for sale.' }),
  })
  .meta({ id: 'PackList' });
export type PackList = z.infer<typeof PackList>;
