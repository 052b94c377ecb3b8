import {
  AutoRecharge,
  CreditBalance,
  CreditGrants,
  CreditLedger,
  CreditUtilization,
  ResourceSelector,
  TopUpCheckout,
  TopUpCheckoutDialog,
  type AutoRechargeLocalization,
  type CreditBalanceLocalization,
  type CreditGrantsLocalization,
  type CreditLedgerLocalization,
  type CreditUtilizationLocalization,
  type ResourceSelectorLocalization,
  type TopUpCheckoutLocalization,
} from '@creditkit/react';
import { CreditUsageChart, type CreditUsageChartLocalizationInput } from '@creditkit/react/CreditUsageChart';
import type { ComponentType } from 'react';
// One source of translations: the demo portal's. Storybook shows the same words a customer reads there.
import { localeNames, portalText, type DemoLocale } from '../../demo/i18n';
import { chartText } from '../../demo/i18n-chart';
import { autoRechargeText, checkoutText } from '../../demo/i18n-checkout';

/** The locales the toolbar offers: those the demo portal is translated into. */
export const storyLocales = Object.keys(localeNames) as DemoLocale[];

export const isRtl = (locale: string) => locale === 'ar' || locale.startsWith('ar-');

const asDemoLocale = (locale: string): DemoLocale =>
  (storyLocales as readonly string[]).includes(locale) ? (locale as DemoLocale) : 'en-US';

/** Each widget's strings in one locale; `undefined` where the widget's English defaults apply. */
export interface WidgetText {
  balance: Partial<CreditBalanceLocalization> | undefined;
  utilization: Partial<CreditUtilizationLocalization> | undefined;
  grants: Partial<CreditGrantsLocalization> | undefined;
  ledger: Partial<CreditLedgerLocalization> | undefined;
  resources: Partial<ResourceSelectorLocalization> | undefined;
  chart: CreditUsageChartLocalizationInput | undefined;
  checkout: Partial<TopUpCheckoutLocalization> | undefined;
  autoRecharge: Partial<AutoRechargeLocalization> | undefined;
}

export function widgetText(locale: string): WidgetText {
  const demo = asDemoLocale(locale);
  const { balance, utilization, grants, ledger, resources } = portalText[demo];
  return {
    balance,
    utilization,
    grants,
    ledger,
    resources,
    chart: chartText[demo],
    checkout: checkoutText[demo],
    autoRecharge: autoRechargeText[demo],
  };
}

/** The demo portal's page title in `locale`. */
export const portalTitle = (locale: string) => portalText[asDemoLocale(locale)].title;

/** Which of a locale's translations belongs to a story's component. */
const byComponent = new Map<unknown, keyof WidgetText>([
  [CreditBalance, 'balance'],
  [CreditUtilization, 'utilization'],
  [CreditGrants, 'grants'],
  [CreditLedger, 'ledger'],
  [ResourceSelector, 'resources'],
  [CreditUsageChart, 'chart'],
  [TopUpCheckout, 'checkout'],
  [TopUpCheckoutDialog, 'checkout'],
  [AutoRecharge, 'autoRecharge'],
]);

/** The `localization` a story of `component` gets in `locale`, when the widget is translated there. */
export function localizationFor(component: ComponentType | undefined, locale: string): object | undefined {
  const key = byComponent.get(component);
  return key ? widgetText(locale)[key] : undefined;
}
