import { createCreditsClient, type OperationInput } from '@creditkit/client';
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
    const points = buckets.map((bucket, b) => ({ bucket, credits: credits(s, b) }));
    const total = points.reduce((sum, p) => sum + Number(p.credits), 0);
    return { key, label: key === 'other' ? 'Other' : key, points, total: String(total) };
  });
  const total = series.reduce((sum, s) => sum + Number(s.total), 0);
  return {
    currencyId: 'cred-type-ai-tokens',
    resourceId: null,
    allPools: false,
    from: buckets[0]!,
    to: new Date(Date.parse(from) + options.buckets * step).toISOString(),
    granularity,
    groupBy,
    buckets,
    series,
    total: String(total),
  };
}

export const dimensionsFixture: UsageDimensionsData = {
  from: '2026-10-25T00:00:00.000Z',
  to: '2026-11-24T00:00:00.000Z',
  dimensions: [
    { key: 'model', values: ['gpt-4o', 'claude-sonnet', 'llama-3'] },
    { key: 'region', values: ['us-east-1', 'eu-west-1'] },
  ],
};

export const threeDays = makeUsage({
  from: '2026-11-01T00:00:00.000Z',
  buckets: 3,
  keys: ['chat', 'search', 'other'],
  credits: (s, b) =>
    [
      ['10', '20.5', '0'],
      ['1.25', '0', '3'],
      ['2', '2', '2'],
    ][s]![b]!,
});

/** A client whose usage methods are spies, so tests can read exactly what the chart asked for. */
export function fakeClient(
  usage: (params: OperationInput<'queryUsage'>) => Promise<UsageData> = async () => threeDays,
) {
  const base = createCreditsClient({ baseUrl: 'http://creditkit.test', token: 't' });
  return {
    ...base,
    getBalance: vi.fn(async () => ({
      customerId: 'customer-demo-01',
      currencyId: 'cred-type-ai-tokens',
      resourceId: null as string | null,
      currency: {
        id: 'cred-type-ai-tokens',
        displayName: 'AI tokens',
        unitSingular: 'token',
        unitPlural: 'tokens',
        precision: 3,
      },
      balance: '100',
      precision: 3,
      asOf: '2026-11-23T00:00:00.000Z',
    })),
    queryUsage: vi.fn(usage),
    listUsageDimensions: vi.fn(async () => dimensionsFixture),
    listResources: vi.fn(async () => ({
      data: [
        {
          id: 'ws-research',
          customerId: 'customer-demo-01',
          name: 'Research workspace',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
        {
          id: 'ws-support',
          customerId: 'customer-demo-01',
          name: 'Support workspace',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    })),
  };
}

export type FakeClient = ReturnType<typeof fakeClient>;

export const NOW = new Date('2026-11-23T10:30:00.000Z');

/** Renders inside a provider with the fake client, a fresh cache and no retries. */
export function renderChart(
  ui: ReactElement,
  client: FakeClient = fakeClient(),
  props: Partial<Pick<CreditsProviderProps, 'locale' | 'resourceId' | 'theme' | 'timeZone'>> = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <CreditsProvider
      client={client}
      customerId="customer-demo-01"
      locale="en-US"
      timeZone="UTC"
      queryClient={queryClient}
      {...props}
    >
      {ui}
    </CreditsProvider>,
  );
  return { ...view, client, queryClient };
}

/** The params of the chart's last usage request. */
export function lastUsageParams(client: FakeClient): OperationInput<'queryUsage'> {
  return client.queryUsage.mock.calls.at(-1)![0];
}
