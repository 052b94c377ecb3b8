import { afterEach, describe, expect, it } from 'vitest';
import {
  createMockEngine,
  MOCK_CURRENCY_ID,
  MOCK_CUSTOMER_ID,
  MOCK_RESOURCES,
  networkHandlers,
  scenarioNames,
} from '.';
import { setupCreditsServer } from './node';

const base = 'http://credits.test';
const balanceUrl = (resourceId?: string) =>
  `${base}/v1/customers/${MOCK_CUSTOMER_ID}/balance?currencyId=${MOCK_CURRENCY_ID}${resourceId ? `&resourceId=${resourceId}` : ''}`;

describe('scenarios', () => {
  it.each(scenarioNames)('seeds %s the same way every time', async (name) => {
    const [a, b] = await Promise.all([createMockEngine(name), createMockEngine(name)]);
    const pools = [null, ...MOCK_RESOURCES].map((resourceId) => ({
      customerId: MOCK_CUSTOMER_ID,
      currencyId: MOCK_CURRENCY_ID,
      resourceId,
    }));
    expect(pools.map((p) => a.engine.balance(p))).toEqual(pools.map((p) => b.engine.balance(p)));
  });

  it('gives each scenario the balance its story promises', async () => {
    const balance = async (name: (typeof scenarioNames)[number], resourceId: string | null = null) =>
      Number(
        (await createMockEngine(name)).engine.balance({
          customerId: MOCK_CUSTOMER_ID,
          currencyId: MOCK_CURRENCY_ID,
          resourceId,
        }).balance,
      );
    expect(await balance('healthy')).toBe(12450.5);
    expect(await balance('low-balance')).toBeLessThan(500);
    expect(await balance('empty')).toBe(0);
    expect(await balance('many-resources', 'api-key-staging')).toBe(6000);
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
    expect(await failed.json()).toMatchObject({ error: { code: 'internal_error' } });
    close();
    await start('unauthorized');
    const refused = await fetch(balanceUrl());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized', message: /Mint a new one/ } });
  });

  it('offline makes the request itself fail', async () => {
    await start('offline');
    await expect(fetch(balanceUrl())).rejects.toThrow(TypeError);
  });
});
