import { ManualClock } from '../clock';
import { CreditEngine } from '../credit-engine';
import type { EngineOptions } from '../engine';
import { MemoryStore } from '../store';
import type { CurrencyInput, PoolKey } from '../types';

export const admin = { type: 'admin', id: 'admin-1' } as const;
export const START = '2026-01-01T00:00:00.000Z';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const TOKENS: CurrencyInput = {
  id: 'tokens',
  displayName: 'AI Tokens',
  unitSingular: 'token',
  unitPlural: 'tokens',
  precision: 3,
  enforcement: 'hard',
  lowBalanceThreshold: '100',
  checkout: {
    billingCurrency: 'USD',
    minorUnits: 2,
    pricePerCredit: '0.01',
    taxRate: '0.2',
    packs: [
      { id: 'small', credits: '1000', label: 'Starter' },
      { id: 'large', credits: '10000' },
    ],
    customMin: '100',
    customMax: '100000',
    quoteTtlSeconds: 900,
  },
};

let counter = 0;
/** Ids unique across every engine of a test file, so a reopened engine never reuses one. */
export const newId = (prefix: string): string => `${prefix}_${(++counter).toString(36)}`;

export interface Setup {
  engine: CreditEngine;
  clock: ManualClock;
  store: MemoryStore;
  pool: PoolKey;
  reopen(): Promise<CreditEngine>;
}

/** An engine on a memory store with one currency, one customer and a `chat` feature at 0.002/unit. */
export async function setup(
  currency: Partial<CurrencyInput> = {},
  options: Partial<EngineOptions> = {},
): Promise<Setup> {
  const clock = new ManualClock(START);
  const store = new MemoryStore();
  const engine = await CreditEngine.open({ store, clock, newId, ...options });
  await engine.defineCurrency({ ...TOKENS, ...currency });
  await engine.defineFeature({ id: 'chat', currencyId: TOKENS.id, displayName: 'Chat', unit: 'token', rate: '0.002' });
  await engine.defineFeature({ id: 'image', currencyId: TOKENS.id, displayName: 'Images', rate: '1' });
  await engine.createCustomer({ id: 'c1', name: 'Acme' });
  await engine.createCustomer({ id: 'c2', name: 'Globex' });
  return {
    engine,
    clock,
    store,
    pool: { customerId: 'c1', currencyId: TOKENS.id, resourceId: null },
    reopen: () => CreditEngine.open({ store, clock, newId, ...options }),
  };
}

let keys = 0;
export const key = (): string => `k${++keys}`;
