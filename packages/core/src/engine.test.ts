import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { CreditEngine } from './engine';
import { MemoryStore } from './store';

const currency = {
  id: 'cred-type-ai-tokens',
  displayName: 'AI Tokens',
  unitSingular: 'token',
  unitPlural: 'tokens',
  precision: 3,
  enforcement: 'hard' as const,
};
const admin = { type: 'admin' as const, id: 'admin-1' };

describe('CreditEngine balance', () => {
  it('sums the grants of one pool exactly and keeps pools apart', async () => {
    const engine = await CreditEngine.open({ store: new MemoryStore(), clock: new ManualClock() });
    await engine.defineCurrency(currency);
    const pool = { customerId: 'c1', currencyId: currency.id, resourceId: null };
    await engine.createGrant({ ...pool, type: 'paid', amount: '0.1', actor: admin });
    await engine.createGrant({ ...pool, type: 'promotional', amount: '0.2', actor: admin });
    await engine.createGrant({ ...pool, resourceId: 'ws-1', type: 'paid', amount: '5', actor: admin });

    expect(engine.balance(pool).balance).toBe('0.300');
    expect(engine.balance({ ...pool, resourceId: 'ws-1' }).balance).toBe('5.000');
    expect(engine.balance({ ...pool, customerId: 'c2' }).balance).toBe('0.000');
  });

  it('rebuilds the same balances from the store after a restart', async () => {
    const store = new MemoryStore();
    const first = await CreditEngine.open({ store });
    await first.defineCurrency(currency);
    const pool = { customerId: 'c1', currencyId: currency.id, resourceId: null };
    await first.createGrant({ ...pool, type: 'paid', amount: '12.345', actor: admin });

    const second = await CreditEngine.open({ store });
    expect(second.balance(pool).balance).toBe('12.345');
  });

  it('refuses an unknown currency and a non-positive amount without changing anything', async () => {
    const store = new MemoryStore();
    const engine = await CreditEngine.open({ store });
    await engine.defineCurrency(currency);
    const pool = { customerId: 'c1', currencyId: currency.id, resourceId: null };
    await expect(
      engine.createGrant({ ...pool, currencyId: 'nope', type: 'paid', amount: '1', actor: admin }),
    ).rejects.toThrow(/No credit currency "nope"/);
    await expect(engine.createGrant({ ...pool, type: 'paid', amount: '0', actor: admin })).rejects.toThrow(
      /greater than zero/,
    );
    expect(store.records).toHaveLength(1);
  });
});
