import { afterEach, describe, expect, it } from 'vitest';
import {
  createMockEngine,
  MOCK_CURRENCY_ID,
  MOCK_CUSTOMER_ID,
  MOCK_NOW,
  MOCK_RESOURCES,
  networkHandlers,
  scenarioNames,
  type ScenarioName,
} from '.';
import { setupCreditsServer } from './node';

const base = 'http://credits.test';
const balanceUrl = (resourceId?: string) =>
  `${base}/v1/customers/${MOCK_CUSTOMER_ID}/balance?currencyId=${MOCK_CURRENCY_ID}${resourceId ? `&resourceId=${resourceId}` : ''}`;

const key = (resourceId: string | null = null) => ({
  customerId: MOCK_CUSTOMER_ID,
  currencyId: MOCK_CURRENCY_ID,
  resourceId,
});
const balanceOf = async (name: ScenarioName, resourceId: string | null = null) =>
  (await createMockEngine(name)).engine.balance(key(resourceId)).balance;

describe('scenarios', () => {
  it.each(scenarioNames)('seeds %s the same way every time', async (name) => {
    const [a, b] = await Promise.all([createMockEngine(name), createMockEngine(name)]);
    const pools = [null, ...MOCK_RESOURCES.map((resource) => resource.id)].map(key);
    expect(pools.map((p) => a.engine.balance(p))).toEqual(pools.map((p) => b.engine.balance(p)));
    expect(a.clock.now().toISOString()).toBe(MOCK_NOW);
  });

  it('lands each scenario on the balance its stories show', async () => {
    expect(await balanceOf('healthy')).toBe('12450.500');
    expect(await balanceOf('low-balance')).toBe('412.500');
    expect(await balanceOf('depleted')).toBe('0.000');
    expect(await balanceOf('soft-limit-overage')).toBe('-1250.750');
    expect(await balanceOf('empty')).toBe('0.000');
  });

  it('refuses usage in the depleted scenario, as a hard limit must', async () => {
    const { engine } = await createMockEngine('depleted');
    await expect(
      engine.reportUsage({
        ...key(),
        featureId: 'feat-chat-completion',
        value: '10',
        idempotencyKey: 'after-depletion',
      }),
    ).rejects.toMatchObject({ code: 'insufficient_credits' });
  });

  it('keeps what one engine changes away from the next engine of the same scenario', async () => {
    const first = await createMockEngine('healthy');
    await first.engine.createGrant({ ...key(), type: 'paid', amount: '1000', actor: { type: 'admin', id: 'test' } });
    expect(first.engine.balance(key()).balance).toBe('13450.500');
    expect(await balanceOf('healthy')).toBe('12450.500');
  });

  it('flags a grant expiring within days and keeps scheduled grants out of the balance', async () => {
    const expiring = (await createMockEngine('expiring-soon')).engine.listGrants({ ...key(), status: 'active' });
    expect(expiring.items.some((grant) => grant.expiresAt === '2026-11-18T12:00:00.000Z')).toBe(true);
    const scheduled = (await createMockEngine('scheduled-grants')).engine.listGrants({ ...key(), status: 'scheduled' });
    expect(scheduled.items.map((grant) => grant.amount)).toEqual(expect.arrayContaining(['5000.000', '20000.000']));
  });

  it('gives every one of the many resources its own pool', async () => {
    const { engine } = await createMockEngine('many-resources');
    expect(engine.listResources(MOCK_CUSTOMER_ID).map((resource) => resource.id)).toEqual(
      expect.arrayContaining(MOCK_RESOURCES.map((resource) => resource.id)),
    );
    for (const resource of MOCK_RESOURCES) expect(Number(engine.balance(key(resource.id)).balance)).toBeGreaterThan(0);
  });

  it('spreads heavy usage over 90 days, three pools and every dimension', async () => {
    const { engine } = await createMockEngine('heavy-usage');
    const window = { ...key(), resourceId: '*', from: '2026-08-17T12:00:00.000Z', to: MOCK_NOW } as const;
    const dimensions = engine.usageDimensions(window);
    expect(dimensions.count).toBeGreaterThan(5000);
    expect(dimensions.keys.map((dimension) => [dimension.key, dimension.values.length])).toEqual([
      ['model', 4],
      ['region', 3],
      ['source', 3],
      ['user_id', 8],
    ]);
    const weekly = engine.usageQuery({ ...window, granularity: 'week', groupBy: 'none' });
    expect(weekly.buckets).toHaveLength(13);
    for (const credits of weekly.series[0]!.points) expect(Number(credits)).toBeGreaterThan(0);
    for (const resourceId of [null, 'workspace-example-com', 'project-chatbot']) {
      expect(engine.usageQuery({ ...window, resourceId, granularity: 'month' }).series).not.toHaveLength(0);
    }
  });

  it('refuses an unknown scenario with the list of known ones', async () => {
    // @ts-expect-error -- a name a user might mistype
    await expect(createMockEngine('healthi')).rejects.toThrow(/use one of: healthy, low-balance/);
  });
});

describe('network conditions', () => {
  let close = () => {};
  afterEach(() => close());

  async function start(condition?: Parameters<typeof networkHandlers>[0]) {
    const { server } = await setupCreditsServer('healthy', { baseUrl: base });
    if (condition) server.use(...networkHandlers(condition, { baseUrl: base, delayMs: 50 }));
    server.listen({ onUnhandledRequest: 'error' });
    close = () => server.close();
  }

  it('slow still answers from the engine, only later', async () => {
    await start('slow');
    const started = performance.now();
    const response = await fetch(balanceUrl());
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(await response.json()).toMatchObject({ balance: '12450.500' });
  });

  it('server-error and unauthorized answer with the error envelope', async () => {
    await start('server-error');
    const failed = await fetch(balanceUrl());
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ error: { code: 'internal' } });
    close();
    await start('unauthorized');
    const refused = await fetch(balanceUrl());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'token_expired', message: /mint a new one/ } });
  });

  it('offline makes the request itself fail', async () => {
    await start('offline');
    await expect(fetch(balanceUrl())).rejects.toThrow(TypeError);
  });
});
