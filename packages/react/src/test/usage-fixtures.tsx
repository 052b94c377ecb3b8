import { createCreditsClient, type CreditsClient, type OperationInput } from '@creditkit/client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { CreditsProvider, type CreditsProviderProps } from '../provider/CreditsProvider';
import type { UsageData, UsageDimensionsData, UsageGranularity } from '../CreditUsageChart/types';

const DAY = 86_400_000;

/** Usage shaped like the engine's answer: `series` keys with credits per bucket from `credits(series, bucket)`. */
export function makeUsage(options: {
  from: string;
  buckets: number;
  granularity?: UsageGranularity;
  keys: string[];
  credits?: (seriesIndex: number, bucketIndex: number) => string;
  groupBy?: string;
}): UsageData {
  const { from, keys, granularity = 'day', groupBy = 'feature' } = options;
  const step = granularity === 'hour' ? DAY / 24 : granularity === 'week' ? 7 * DAY : DAY;
  const credits = options.credits ?? ((s, b) => String(((s + 1) * 7 + b * 3) % 23) + '.5');
  const buckets = Array.from({ length: options.buckets }, (_, b) =>
    new Date(Date.parse(from) + b * step).toISOString(),
  );
  const series = keys.map((key, s) => {
    const points = buckets.map((_, b) => credits(s, b));
    const total = points.reduce((sum, p) => sum + Number(p), 0);
    const other = key === '(other)';
    return {
      key,
      kind: other ? ('other' as const) : ('value' as const),
      label: other ? 'Other' : undefined,
      points,
      total: String(total),
    };
  });
  const total = series.reduce((sum, s) => sum + Number(s.total), 0);
  return {
    customerId: 'customer-demo-01',
    currencyId: 'cred-type-ai-tokens',
    resourceId: null,
    precision: 3,
    from: buckets[0]!,
    to: new Date(Date.parse(from) + options.buckets * step).toISOString(),
    granularity,
    groupBy: groupBy === 'feature' ? 'feature' : 'dimension',
    ...(groupBy === 'feature' ? {} : { dimension: groupBy }),
    buckets,
    series,
    total: String(total),
  };
}

const dimension = (key: string, values: string[]) => ({
  key,
  count: values.length,
  total: '1',
  truncated: false,
  values: values.map((value) => ({ value, count: 1, total: '1' })),
});

export const dimensionsFixture: UsageDimensionsData = {
  customerId: 'customer-demo-01',
  currencyId: 'cred-type-ai-tokens',
  resourceId: null,
  from: '2026-10-25T00:00:00.000Z',
  to: '2026-11-24T00:00:00.000Z',
  count: 5,
  total: '5',
  keys: [dimension('model', ['gpt-4o', 'claude-sonnet', 'llama-3']), dimension('region', ['us-east-1', 'eu-west-1'])],
};

export const threeDays = makeUsage({
  from: '2026-11-01T00:00:00.000Z',
  buckets: 3,
  keys: ['chat', 'search', '(other)'],
  credits: (s, b) =>
    [
      ['10', '20.5', '0'],
      ['1.25', '0', '3'],
      ['2', '2', '2'],
    ][s]![b]!,
});

// Only the currency matters to the chart; the rest of a balance is left out.
const balanceFixture = {
  customerId: 'customer-demo-01',
  currencyId: 'cred-type-ai-tokens',
  resourceId: null,
  currency: {
    id: 'cred-type-ai-tokens',
    displayName: 'AI tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    precision: 3,
  },
  balance: '100',
  precision: 3,
} as unknown as Awaited<ReturnType<CreditsClient['getBalance']>>;

const resource = (id: string, name: string) => ({
  id,
  name,
  customerId: 'customer-demo-01',
  type: 'workspace',
  implicit: false,
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** A client whose usage methods are spies, so tests can read exactly what the chart asked for. */
export function fakeClient(
  usage: (params: OperationInput<'queryUsage'>) => Promise<UsageData> = async () => threeDays,
) {
  const base = createCreditsClient({ baseUrl: 'http://creditkit.test', token: 't' });
  return {
    ...base,
    getBalance: vi.fn(async () => balanceFixture),
    queryUsage: vi.fn(usage),
    listUsageDimensions: vi.fn(async () => dimensionsFixture),
    listResources: vi.fn(async () => ({
      data: [resource('ws-research', 'Research workspace'), resource('ws-support', 'Support workspace')],
    })),
  };
}

export type FakeClient = ReturnType<typeof fakeClient>;

export const NOW = new Date('2026-11-23T10:30:00.000Z');

/** Renders inside a provider with the fake client, a fresh cache and no retries. */
export function renderChart(
  ui: ReactElement,
  client: FakeClient = fakeClient(),
  props: Partial<Pick<CreditsProviderProps, 'locale' | 'resourceId' | 'theme'>> = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <CreditsProvider client={client} customerId="customer-demo-01" locale="en-US" queryClient={queryClient} {...props}>
      {ui}
    </CreditsProvider>,
  );
  return { ...view, client, queryClient };
}

/** The params of the chart's last usage request. */
export function lastUsageParams(client: FakeClient): OperationInput<'queryUsage'> {
  return client.queryUsage.mock.calls.at(-1)![0];
}
