import { MOCK_CURRENCY_ID, MOCK_RESOURCES } from '@creditkit/mocks';

/** The provider's pool (no override), the global pool, or one of the mocked resources. */
const poolChoices = ['(provider)', '(global pool)', ...MOCK_RESOURCES.map((resource) => resource.id)];

/**
 * Controls every widget shares: the currency, a pool picker for `resourceId` (whose `null` and
 * `undefined` a text box could not type) and the number options.
 */
export const widgetArgTypes = {
  currencyId: { control: 'select', options: [MOCK_CURRENCY_ID, 'cred-type-unknown'] },
  resourceId: {
    control: 'select',
    options: poolChoices,
    mapping: { '(provider)': undefined, '(global pool)': null },
  },
  decimalPlaces: { control: { type: 'number', min: 0, max: 6, step: 1 } },
  showUnits: { control: 'boolean' },
  showSymbol: { control: 'boolean' },
  compact: { control: 'boolean' },
  className: { control: 'text' },
  localization: { control: 'object' },
} as const;

export const widgetArgs = { currencyId: MOCK_CURRENCY_ID } as const;
