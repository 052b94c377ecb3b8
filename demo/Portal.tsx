import {
  AutoRecharge,
  CreditBalance,
  CreditGrants,
  CreditLedger,
  CreditsProvider,
  CreditUtilization,
  ResourceSelector,
  SegmentedControl,
  Select,
  TopUpCheckoutDialog,
} from '@creditkit/react';
import { CreditUsageChart } from '@creditkit/react/CreditUsageChart';
import { useEffect, useState } from 'react';
import { demoConfig } from './config';
import { localeNames, portalText, type DemoLocale } from './i18n';
import { chartText } from './i18n-chart';
import { autoRechargeText, checkoutText } from './i18n-checkout';

type Theme = 'light' | 'dark';

/** Reads `?locale=ar&theme=dark` so a link (or a screenshot) can open the portal in any setting. */
function initial<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(window.location.search).get(name);
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

const locales = Object.keys(localeNames) as DemoLocale[];

export function Portal() {
  const [locale, setLocale] = useState<DemoLocale>(() => initial('locale', locales, 'en-US'));
  const [theme, setTheme] = useState<Theme>(() =>
    initial('theme', ['light', 'dark'] as const, matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  );
  const text = portalText[locale];
  const { currencyId } = demoConfig;

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = locale === 'ar' ? 'rtl' : 'ltr';
    root.dataset.theme = theme;
    const url = new URL(window.location.href);
    url.searchParams.set('locale', locale);
    url.searchParams.set('theme', theme);
    history.replaceState(null, '', url);
  }, [locale, theme]);

  return (
    <CreditsProvider
      baseUrl={window.location.origin}
      customerToken={demoConfig.customerToken}
      customerId={demoConfig.customerId}
      locale={locale}
      theme={theme}
    >
      <div className="portal">
        <header className="portal__header">
          <div className="portal__heading">
            <p className="portal__eyebrow">{text.eyebrow}</p>
            <h1 className="portal__title">{text.title}</h1>
            <p className="portal__subtitle">{text.subtitle}</p>
          </div>
          <div className="portal__settings">
            <Select
              label={text.language}
              hideLabel
              value={locale}
              options={locales.map((value) => ({ value, label: localeNames[value] }))}
              onChange={setLocale}
              part="locale"
            />
            <SegmentedControl
              label={text.theme}
              value={theme}
              options={[
                { value: 'light', label: text.light },
                { value: 'dark', label: text.dark },
              ]}
              onChange={setTheme}
              part="theme"
            />
          </div>
        </header>

        <div className="portal__toolbar">
          <ResourceSelector currencyId={currencyId} localization={text.resources} />
        </div>

        <main className="portal__grid">
          <CreditBalance
            currencyId={currencyId}
            localization={text.balance}
            lowThreshold="500"
            className="portal__balance"
          />
          <CreditUtilization currencyId={currencyId} localization={text.utilization} />
          <AutoRecharge currencyId={currencyId} localization={autoRechargeText[locale]} className="portal__wide" />

          <CreditUsageChart currencyId={currencyId} localization={chartText[locale]} className="portal__wide" />

          <CreditGrants currencyId={currencyId} localization={text.grants} className="portal__wide" />
          <CreditLedger currencyId={currencyId} localization={text.ledger} className="portal__wide" />
        </main>
        {/* The checkout dialog: mounted once, it makes every "Add credits" button above open it. */}
        <TopUpCheckoutDialog currencyId={currencyId} localization={checkoutText[locale]} />
        <footer className="portal__footer">creditkit demo portal · live from the reference engine</footer>
      </div>
    </CreditsProvider>
  );
}
