// Deterministic data in the contract's shapes, answered by a fetch stub so the benchmark measures
// the widgets, not a server.
const DAY = 86_400_000;
export const END = Date.parse('2026-11-15T00:00:00.000Z');

export function usageResult(url: URL, seriesCount: number) {
  const days = 90;
  const buckets = Array.from({ length: days }, (_, i) => new Date(END - (days - i) * DAY).toISOString());
  const hidden = new Set(url.searchParams.getAll('filter'));
  let grand = 0;
  const series = Array.from({ length: seriesCount }, (_, s) => {
    let total = 0;
    const points = buckets.map((bucket, d) => {
      const credits = hidden.size ? 1 + ((d * 7 + s * 13) % 50) : 10 + ((d * 31 + s * 17) % 400);
      total += credits;
      return { bucket, credits: `${credits}.000` };
    });
    grand += total;
    return { key: `feature-${s + 1}`, label: `Feature ${s + 1}`, points, total: `${total}.000` };
  });
  return {
    currencyId: 'cred-type-ai-tokens',
    resourceId: null,
    allPools: false,
    from: buckets[0],
    to: new Date(END).toISOString(),
    granularity: 'day',
    groupBy: url.searchParams.get('groupBy') ?? 'feature',
    buckets,
    series,
    total: `${grand}.000`,
  };
}

export function dimensions() {
  return {
    from: new Date(END - 90 * DAY).toISOString(),
    to: new Date(END).toISOString(),
    dimensions: [
      { key: 'model', values: ['gpt-large', 'gpt-small', 'embed-v3'] },
      { key: 'region', values: ['us-east', 'eu-central'] },
    ],
  };
}

export function grants(count: number) {
  const types = ['paid', 'promotional', 'recurring', 'top_up', 'auto_recharge'];
  const statuses = ['active', 'depleted', 'expired', 'scheduled', 'voided'];
  return Array.from({ length: count }, (_, i) => ({
    id: `grant_${i + 1}`,
    customerId: 'customer-demo-01',
    currencyId: 'cred-type-ai-tokens',
    resourceId: null,
    type: types[i % types.length],
    status: statuses[i % statuses.length],
    amount: `${1000 + (i % 50) * 10}.000`,
    remaining: `${(i * 37) % 1000}.000`,
    priority: 100,
    effectiveAt: new Date(END - (i % 300) * DAY).toISOString(),
    expiresAt: i % 3 ? new Date(END + (i % 60) * DAY).toISOString() : null,
    createdAt: new Date(END - (i % 300) * DAY).toISOString(),
    reason: `Grant ${i + 1}`,
    source: null,
    costBasis: null,
    actor: { type: 'system', id: 'bench' },
  }));
}

/** The pool's balance: the grants table formats its amounts with this currency. */
export function balance() {
  return {
    customerId: 'customer-demo-01',
    currencyId: 'cred-type-ai-tokens',
    resourceId: null,
    currency: {
      id: 'cred-type-ai-tokens',
      displayName: 'AI Tokens',
      unitSingular: 'token',
      unitPlural: 'tokens',
      precision: 3,
    },
    balance: '1250.000',
    precision: 3,
    asOf: new Date(END).toISOString(),
  };
}
