import { z } from 'zod';
import { DecimalString, Id, NonNegativeDecimal } from './common';

export const EnforcementMode = z.enum(['hard', 'soft']).meta({
  id: 'EnforcementMode',
  description: '`hard` refuses what the balance cannot cover; `soft` lets it go negative.',
});

export const Currency = z
  .object({
    id: z.string(),
    displayName: z.string(),
    unitSingular: z.string(),
    unitPlural: z.string(),
    symbol: z.string().optional(),
    precision: z.number().int().meta({ description: 'Decimal places credits of this currency are kept to.' }),
    enforcement: EnforcementMode,
    burnDown: z
      .string()
      .optional()
      .meta({ description: 'The order grants are drawn from (`default`, `fifo`, `lifo`).' }),
    pricePerCredit: DecimalString.optional().meta({ description: 'Money per credit for top-ups.' }),
    moneyCurrency: z.string().optional().meta({ description: 'ISO 4217 code of the money top-ups are paid in.' }),
    taxRate: DecimalString.optional().meta({ description: 'Applied to top-up subtotals, e.g. "0.2" for 20 %.' }),
  })
  .meta({ id: 'Currency' });
export type Currency = z.infer<typeof Currency>;

export const CurrencyParams = z.strictObject({ currencyId: Id });

export const CurrencyList = z.object({ data: z.array(Currency) }).meta({ id: 'CurrencyList' });

export const Feature = z
  .object({
    id: z.string(),
    displayName: z.string(),
    currencyId: z.string(),
    rate: DecimalString.meta({ description: 'Credits consumed per unit of usage, e.g. "0.002" per token.' }),
    unit: z.string().optional(),
    enforcement: EnforcementMode.optional().meta({ description: "Overrides the currency's enforcement." }),
  })
  .meta({ id: 'Feature' });
export type Feature = z.infer<typeof Feature>;

export const FeatureListQuery = z.strictObject({ currencyId: Id.optional() });
export const FeatureList = z.object({ data: z.array(Feature) }).meta({ id: 'FeatureList' });

export const Pack = z
  .object({
    id: z.string(),
    currencyId: z.string(),
    credits: NonNegativeDecimal,
    price: DecimalString.meta({ description: 'Money before tax.' }),
    moneyCurrency: z.string(),
    label: z.string().optional(),
    highlighted: z.boolean().optional(),
  })
  .meta({ id: 'Pack' });
export type Pack = z.infer<typeof Pack>;

export const PackList = z
  .object({
    data: z.array(Pack),
    customAmount: z
      .object({ min: NonNegativeDecimal, max: NonNegativeDecimal })
      .nullable()
      .optional()
      .meta({ description: 'Bounds of a custom amount of credits; `null` when only packs can be bought.' }),
  })
  .meta({ id: 'PackList' });
export type PackList = z.infer<typeof PackList>;
