import { systemClock, type Clock } from './clock';
import { formatDecimal, parseDecimal } from './decimal';
import { CreditError } from './errors';
import type { CreditStore, EngineRecord } from './store';
import type { Actor, Currency, Grant, GrantType, PoolBalance, PoolKey } from './types';

export interface EngineOptions {
  store: CreditStore;
  clock?: Clock;
  /** Makes ids; replaceable so tests get stable ids. */
  newId?: (prefix: string) => string;
}

export interface CreateGrantInput extends PoolKey {
  type: GrantType;
  amount: string;
  priority?: number;
  effectiveAt?: string;
  expiresAt?: string | null;
  reason?: string | null;
  actor: Actor;
}

interface GrantState {
  grant: Extract<EngineRecord, { type: 'grant.created' }>['grant'];
  remainingUnits: bigint;
}

const poolId = (key: PoolKey) => `${key.customerId}\u0000${key.currencyId}\u0000${key.resourceId ?? ''}`;

export class CreditEngine {
  readonly clock: Clock;
  readonly #store: CreditStore;
  readonly #newId: (prefix: string) => string;
  readonly #currencies = new Map<string, Currency>();
  readonly #grantsByPool = new Map<string, GrantState[]>();

  private constructor(options: EngineOptions) {
    this.#store = options.store;
    this.clock = options.clock ?? systemClock;
    this.#newId = options.newId ?? ((prefix) => `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`);
  }

  /** Opens an engine on a store, replaying what the store holds. */
  static async open(options: EngineOptions): Promise<CreditEngine> {
    const engine = new CreditEngine(options);
    for (const record of await options.store.load()) engine.#apply(record);
    return engine;
  }

  /* ---------------------------------------------------------------- commands */

  async defineCurrency(currency: Currency): Promise<Currency> {
    await this.#commit([{ type: 'currency.defined', at: this.#now(), currency }]);
    return currency;
  }

  async createGrant(input: CreateGrantInput): Promise<Grant> {
    const currency = this.currency(input.currencyId);
    const amountUnits = parseDecimal(input.amount, currency.precision, 'amount');
    if (amountUnits <= 0n) {
      throw new CreditError('invalid_amount', 'amount must be greater than zero.', { field: 'amount' });
    }
    const now = this.#now();
    const record: Extract<EngineRecord, { type: 'grant.created' }> = {
      type: 'grant.created',
      at: now,
      grant: {
        id: this.#newId('grant'),
        customerId: input.customerId,
        currencyId: input.currencyId,
        resourceId: input.resourceId,
        type: input.type,
        amountUnits: amountUnits.toString(),
        status: 'active',
        priority: input.priority ?? 100,
        effectiveAt: input.effectiveAt ?? now,
        expiresAt: input.expiresAt ?? null,
        reason: input.reason ?? null,
        actor: input.actor,
      },
    };
    await this.#commit([record]);
    return this.#toGrant(this.#grants(input).at(-1)!);
  }

  /* ---------------------------------------------------------------- queries */

  currency(currencyId: string): Currency {
    const currency = this.#currencies.get(currencyId);
    if (!currency) {
      throw new CreditError('not_found', `No credit currency "${currencyId}"; list currencies to see the valid ids.`, {
        currencyId,
      });
    }
    return currency;
  }

  balance(key: PoolKey): PoolBalance {
    const currency = this.currency(key.currencyId);
    const units = this.#grants(key).reduce((sum, g) => sum + g.remainingUnits, 0n);
    const { id, displayName, unitSingular, unitPlural, symbol, precision } = currency;
    return {
      currency: { id, displayName, unitSingular, unitPlural, ...(symbol === undefined ? {} : { symbol }), precision },
      customerId: key.customerId,
      currencyId: key.currencyId,
      resourceId: key.resourceId,
      balance: formatDecimal(units, currency.precision),
      precision: currency.precision,
      asOf: this.#now(),
    };
  }

  /* ---------------------------------------------------------------- internals */

  async #commit(records: EngineRecord[]): Promise<void> {
    for (const record of records) this.#apply(record);
    await this.#store.append(records);
  }

  #apply(record: EngineRecord): void {
    switch (record.type) {
      case 'currency.defined':
        this.#currencies.set(record.currency.id, record.currency);
        break;
      case 'grant.created':
        this.#grants(record.grant).push({ grant: record.grant, remainingUnits: BigInt(record.grant.amountUnits) });
        break;
    }
  }

  #grants(key: PoolKey): GrantState[] {
    const id = poolId(key);
    let grants = this.#grantsByPool.get(id);
    if (!grants) this.#grantsByPool.set(id, (grants = []));
    return grants;
  }

  #toGrant({ grant, remainingUnits }: GrantState): Grant {
    const { precision } = this.currency(grant.currencyId);
    const { amountUnits, ...rest } = grant;
    return {
      ...rest,
      amount: formatDecimal(BigInt(amountUnits), precision),
      remaining: formatDecimal(remainingUnits, precision),
      createdAt: grant.effectiveAt,
    };
  }

  #now(): string {
    return this.clock.now().toISOString();
  }
}
