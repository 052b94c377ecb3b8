// The UI benchmark page: one widget against a fetch stub, timed with performance marks.
// `?widget=chart` or `?widget=grants`; results land on `window.__bench`.
import { createCreditsClient } from '@creditkit/client';
import { CreditsProvider } from '@creditkit/react';
import { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { balance, dimensions, grants, usageResult } from './fixtures';

declare global {
  interface Window {
    __bench: Record<string, number>;
  }
}
window.__bench = {};

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const fakeFetch: typeof fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const path = url.pathname;
  if (path.endsWith('/usage/dimensions')) return json(dimensions());
  if (path.endsWith('/usage')) {
    const body = usageResult(url, 10);
    performance.mark('data-ready');
    return json(body);
  }
  if (path.endsWith('/grants')) {
    // A pool of 5,000 grants served as the contract does: one page of `limit` rows and a cursor.
    const all = grants(5000);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const end = start + Number(url.searchParams.get('limit') ?? 50);
    const body = { data: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
    performance.mark('data-ready');
    return json(body);
  }
  if (path.endsWith('/balance')) return json(balance());
  if (path.endsWith('/resources')) return json({ data: [] });
  return new Response(JSON.stringify({ error: { code: 'not_found', message: `bench stub has no ${path}` } }), {
    status: 404,
  });
};

/** Rows per page of the grants table, as a portal would show them. */
const PAGE = 25;

const widget = new URLSearchParams(location.search).get('widget') ?? 'chart';
const Grants = lazy(() => import('@creditkit/react/CreditGrants').then((m) => ({ default: m.CreditGrants })));
const Chart = lazy(() => import('@creditkit/react/CreditUsageChart').then((m) => ({ default: m.CreditUsageChart })));

const client = createCreditsClient({ baseUrl: location.origin, token: 'bench', fetch: fakeFetch });
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

createRoot(document.getElementById('root')!).render(
  <CreditsProvider client={client} customerId="customer-demo-01" locale="en-US" queryClient={queryClient}>
    <div style={{ width: 1100, padding: 24 }}>
      <Suspense fallback={null}>
        {widget === 'chart' && (
          <Chart
            currencyId="cred-type-ai-tokens"
            defaultValue={{ range: { preset: 'last_90_days' }, granularity: 'day', groupBy: 'feature', filters: {} }}
          />
        )}
        {widget === 'grants' && <Grants currencyId="cred-type-ai-tokens" pageSize={PAGE} />}
      </Suspense>
    </div>
  </CreditsProvider>,
);

/** Resolves after the next frame has been painted (two animation frames). */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Waits until `done()` holds after DOM changes, then until it is on screen. */
export function whenDom(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return false;
      observer.disconnect();
      void painted().then(resolve);
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    check();
  });
}

const bars = () => document.querySelectorAll('.ck-usage-chart .recharts-bar-rectangle').length;
const rows = () => document.querySelectorAll('.ck-credit-grants tbody tr').length;

void whenDom(() => (widget === 'chart' ? bars() >= 900 : rows() >= PAGE)).then(() => {
  performance.mark('painted');
  window.__bench.firstPaint = performance.measure('first', 'data-ready', 'painted').duration;
});

/** A legend toggle hides one of 10 series: time from the click to the repainted chart. */
(window as unknown as { toggleSeries: () => Promise<number> }).toggleSeries = async () => {
  const before = bars();
  const button = document.querySelector<HTMLButtonElement>('.ck-usage-chart [data-part="legend"] button');
  if (!button) throw new Error('no legend button in the chart');
  const t0 = performance.now();
  button.click();
  await whenDom(() => bars() !== before);
  return performance.now() - t0;
};
