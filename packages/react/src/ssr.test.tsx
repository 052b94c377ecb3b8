import { createCreditsClient } from '@creditkit/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CreditBalance,
  CreditGrants,
  CreditLedger,
  CreditsProvider,
  CreditUtilization,
  ResourceSelector,
} from './index';

describe('server-side rendering', () => {
  it('renders every widget with react-dom/server, in its loading state, without throwing', () => {
    // Nothing is fetched on the server: a fetch here would be a bug, so it fails loudly.
    const client = createCreditsClient({
      baseUrl: 'http://ssr.test',
      fetch: () => Promise.reject(new Error('no fetch during SSR')),
    });
    const html = renderToString(
      <CreditsProvider client={client} customerId="c" locale="ar" theme="system">
        <ResourceSelector currencyId="credits" />
        <CreditBalance currencyId="credits" />
        <CreditUtilization currencyId="credits" />
        <CreditGrants currencyId="credits" />
        <CreditLedger currencyId="credits" />
      </CreditsProvider>,
    );
    for (const name of [
      'ck-resource-selector',
      'ck-credit-balance',
      'ck-credit-utilization',
      'ck-credit-grants',
      'ck-credit-ledger',
    ]) {
      expect(html).toContain(name);
    }
    expect(html).toContain('data-state="loading"');
  });
});
