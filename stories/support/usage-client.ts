import { createCreditsClient, type CreditsClient, type OperationInput, type UsageQueryResult } from '@creditkit/client';

// A client whose usage answers are computed from the request, deterministic, for the chart's
// stories and screenshots: the shape of the engine's answer without running the engine.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SERIES: Record<string, [string, number][]> = {
  feature: [
    ['feat-chat-completion', 120],
    ['feat-embeddings', 48],
    ['feat-transcription', 30],
    ['feat-image-generation', 22],
    ['feat-rerank', 12],
    ['feat-moderation', 8],
    ['feat-fine-tuning', 6],
    ['feat-vision', 5],
    ['feat-batch', 4],
    ['feat-search', 3],
    ['feat-tts', 2],
  ],
  model: [
    ['gpt-4o', 90],
    ['gpt-4o-mini', 60],
    ['claude-sonnet', 55],
    ['llama-3-70b', 25],
  ],
  region: [
    ['us-east', 110],
    ['eu-west', 70],
    ['ap-northeast', 30],
  ],
};

function noise(key: string, at: number): number {
  let h = 2166136261 ^ at;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

function bucketStart(ms: number, granularity: string): number {
  const d = new Date(ms);
  if (granularity === 'hour') return Math.floor(ms / HOUR) * HOUR;
  if (granularity === 'day') return Math.floor(ms / DAY) * DAY;
  if (granularity === 'week') return Math.floor(ms / DAY) * DAY - ((d.getUTCDay() + 6) % 7) * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextBucket(ms: number, granularity: string): number {
  const d = new Date(ms);
  if (granularity === 'hour') return ms + HOUR;
  if (granularity === 'day') return ms + DAY;
  if (granularity === 'week') return ms + 7 * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Credits of one series over [from, to), summed per day with a weekday rhythm and some noise. */
function credits(key: string, weight: number, from: number, to: number): number {
  let sum = 0;
  for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
    const start = Math.max(day, from);
    const end = Math.min(day + DAY, to);
    const weekday = new Date(day).getUTCDay();
    const rhythm = weekday === 0 || weekday === 6 ? 0.45 : 1;
    sum += (weight * rhythm * (0.6 + noise(key, day / DAY)) * (end - start)) / DAY;
  }
  return Math.round(sum * 10) / 10;
}

export function usageAnswer(input: OperationInput<'queryUsage'>): UsageQueryResult {
  const from = Date.parse(input.from!);
  const to = Date.parse(input.to!);
  const granularity = input.granularity ?? 'day';
  const groupBy = input.groupBy ?? 'feature';
  const maxSeries = input.maxSeries ?? 10;
  const buckets: number[] = [];
  for (let b = bucketStart(from, granularity); b < to; b = nextBucket(b, granularity)) buckets.push(b);
  const all = (SERIES[groupBy] ?? SERIES.feature!).map(([key, weight]) => {
    const values = buckets.map((b) =>
      credits(key, weight, Math.max(b, from), Math.min(nextBucket(b, granularity), to)),
    );
    return { key, values, total: values.reduce((a, v) => a + v, 0) };
  });
  all.sort((a, b) => b.total - a.total);
  const kept = all.length > maxSeries ? all.slice(0, maxSeries - 1) : all;
  const rest = all.slice(kept.length);
  if (rest.length > 0) {
    kept.push({
      key: '(other)',
      values: buckets.map((_, i) => rest.reduce((a, s) => a + s.values[i]!, 0)),
      total: rest.reduce((a, s) => a + s.total, 0),
    });
  }
  const fixed = (n: number) => String(Math.round(n * 10) / 10);
  const series = kept.map((s) => ({
    key: s.key,
    kind: s.key === '(other)' ? ('other' as const) : ('value' as const),
    label: s.key === '(other)' ? 'Other' : s.key,
    points: s.values.map((v, i) => ({ bucket: new Date(buckets[i]!).toISOString(), credits: fixed(v) })),
    total: fixed(s.total),
  }));
  return {
    currencyId: input.currencyId,
    resourceId: input.resourceId ?? null,
    allPools: input.allPools ?? false,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    granularity,
    groupBy,
    buckets: buckets.map((b) => new Date(b).toISOString()),
    series,
    total: fixed(kept.reduce((a, s) => a + Math.round(s.total * 10) / 10, 0)),
  };
}

/** The provider's client with the usage calls answered locally; `mode` makes them empty, fail or hang. */
export function usageStoryClient(mode: 'data' | 'empty' | 'error' | 'loading' = 'data'): CreditsClient {
  const base = createCreditsClient({ baseUrl: 'https://usage.mock.creditkit.test', token: 'story' });
  return {
    ...base,
    // Only the currency matters to the chart.
    getBalance: async (input) =>
      ({
        customerId: input.customerId,
        currencyId: input.currencyId,
        resourceId: input.resourceId ?? null,
        currency: {
          id: input.currencyId,
          displayName: 'AI tokens',
          unitSingular: 'token',
          unitPlural: 'tokens',
          precision: 3,
        },
        balance: '12450.5',
        precision: 3,
      }) as unknown as Awaited<ReturnType<CreditsClient['getBalance']>>,
    queryUsage: async (input) => {
      if (mode === 'loading') return new Promise(() => {});
      if (mode === 'error') throw new Error('The usage service is unavailable.');
      const answer = usageAnswer(input);
      return mode === 'empty' ? { ...answer, series: [], total: '0' } : answer;
    },
    listUsageDimensions: async (input) => {
      const key = (name: string, values: string[]) => ({ key: name, values });
      return {
        from: input.from ?? '',
        to: input.to ?? '',
        dimensions: [
          key(
            'model',
            SERIES.model!.map(([name]) => name),
          ),
          key(
            'region',
            SERIES.region!.map(([name]) => name),
          ),
          key('user_id', ['user-ada', 'user-grace', 'user-linus', 'user-margaret']),
        ],
      };
    },
    listResources: async (input) => ({
      data: [
        {
          id: 'ws-research',
          customerId: input.customerId,
          name: 'Research workspace',
          createdAt: '2026-01-01T00:00:00Z',
          type: 'workspace',
          implicit: false,
        },
        {
          id: 'ws-support',
          customerId: input.customerId,
          name: 'Support workspace',
          createdAt: '2026-01-01T00:00:00Z',
          type: 'workspace',
          implicit: false,
        },
      ],
    }),
  };
}
