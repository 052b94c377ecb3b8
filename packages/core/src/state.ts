/**
 * The engine's in-memory working state, rebuilt from the record log on open. Only `apply*`
 * functions mutate it; commands read it to decide which records to write.
 */
import { CreditError } from './errors';
import { Ledger, type LedgerRow } from './ledger';
import type { EngineRecord, EpochMs, GrantData, PolicyData, QuoteData, RechargeData, UsageRecord } from './store';
import { TimerQueue } from './timers';
import { UsageIndex, type UsageColumns } from './usage';
import { UsageKeys } from './usage-keys';
import type { AuditRecord, DomainEvent } from './types-ops';
import type {
  BalanceState,
  Currency,
  Customer,
  Feature,
  GrantStatus,
  Plan,
  PoolKey,
  Resource,
  Subscription,
} from './types';

export interface CurrencyState {
  def: Currency;
  /** `10^precision`, cached. */
  scale: bigint;
  lowUnits: bigint | null;
}

export interface FeatureState {
  def: Feature;
  currency: CurrencyState;
  /** The rate as an integer over `10^rateScale`. */
  rateUnits: bigint;
  rateScale: number;
}

export interface GrantState {
  data: GrantData;
  pool: PoolState;
  units: bigint;
  remaining: bigint;
  status: GrantStatus;
  createdAt: EpochMs;
  closedAt: EpochMs | null;
  /** Creation order within the engine: the last tie-breaker of every burn-down order. */
  seq: number;
  lowFired: boolean;
  /** The grant is low once `remaining` is at most this: `grantLowPercent`% of `units`, rounded down. */
  lowAt: bigint;
  /** Index of the row that activated the grant in its pool's ledger (`null` while scheduled). */
  activatedRow: number | null;
}

export interface PoolState {
  key: PoolKey;
  /** Position in `State.poolList`: how the usage key index refers to the pool. */
  no: number;
  currency: CurrencyState;
  /** Every grant of the pool in creation order. */
  grants: GrantState[];
  /** Active grants sorted in the currency's burn-down order. */
  active: GrantState[];
  balance: bigint;
  /** Credits taken beyond the grants under a soft limit (≥ 0). */
  overage: bigint;
  scheduled: bigint;
  inFlight: bigint;
  rechargeInFlight: string | null;
  /** A failed recharge blocks retries until the balance recovers or the policy changes. */
  rechargeBlocked: boolean;
  lastRechargeAt: EpochMs | null;
  ledger: Ledger;
  periodStart: EpochMs;
  periodEnd: EpochMs;
  /** Set while a subscription drives the pool's periods. */
  subscriptionId: string | null;
  periodUsed: bigint;
  periodGranted: bigint;
  state: BalanceState;
  /**
   * What every consumption of the pool reaches, found once and kept here: the customer's usage
   * keys, the pool's columns in the usage index, and whether its resource is listed (resources
   * are never removed). Each was two or three map lookups per event.
   */
  usageKeys: UsageKeys | null;
  usageColumns: UsageColumns | null;
  resourceNoted: boolean;
}

export interface SubscriptionState {
  def: Subscription;
  startedAt: EpochMs;
  plan: Plan;
  /** Latest period granted, per allowance. */
  periods: number[];
}

export interface RechargeState {
  data: RechargeData;
  status: 'in_flight' | 'succeeded' | 'failed';
  grantId: string | null;
  reason: string | null;
  at: EpochMs;
  /** Month key (`YYYY-MM`) the spend counts toward. */
  month: string;
}

export interface IdemEntry {
  fp: string;
  /** Id of what the first call produced (grant, receipt, subscription, adjustment…). */
  ref: string;
  /** For declined checkouts: the decline reason, so a retry repeats it. */
  declined?: string;
}

export class State {
  readonly currencies = new Map<string, CurrencyState>();
  readonly features = new Map<string, FeatureState>();
  readonly plans = new Map<string, Plan>();
  readonly customers = new Map<string, Customer>();
  /** `customerId` → resource id → resource. */
  readonly resources = new Map<string, Map<string, Resource>>();
  readonly subscriptions = new Map<string, SubscriptionState>();
  /** `customerId\0resourceId` → latest subscription, for rate overrides. */
  readonly subscriptionByScope = new Map<string, SubscriptionState>();
  /** customer → currency → resource (`null` = global pool): three lookups on ids, no key building on the hot path. */
  readonly #pools = new Map<string, Map<string, Map<string | null, PoolState>>>();
  readonly poolsByCustomer = new Map<string, PoolState[]>();
  readonly grants = new Map<string, GrantState>();
  /** Every pool, in creation order (`PoolState.no`). */
  readonly poolList: PoolState[] = [];
  /** Usage idempotency: customer → key → the accepted event's ledger row. */
  readonly usageKeys = new Map<string, UsageKeys>();
  /** A usage record about to be applied, with the credits it took (`usageCreditsOf`). */
  #creditsRecord: UsageRecord | null = null;
  #credits = 0n;
  /** Idempotency of every other mutation: `customerId\0key`. */
  readonly idem = new Map<string, IdemEntry>();
  readonly quotes = new Map<string, QuoteData & { createdAt: EpochMs }>();
  readonly receipts = new Map<string, EngineRecord & { type: 'checkout.completed' }>();
  readonly receiptsByCustomer = new Map<string, string[]>();
  /** quote id → receipt id, so a quote is paid at most once. */
  readonly paidQuotes = new Map<string, string>();
  readonly policies = new Map<string, PolicyData & { updatedAt: EpochMs }>();
  readonly recharges = new Map<string, RechargeState>();
  readonly lastRecharge = new Map<string, RechargeState>();
  /** `customerId\0currencyId\0YYYY-MM` → minor units spent (or in flight) on recharges. */
  readonly monthSpend = new Map<string, bigint>();
  readonly events: DomainEvent[] = [];
  readonly eventsByCustomer = new Map<string, DomainEvent[]>();
  readonly audit: AuditRecord[] = [];
  readonly auditByCustomer = new Map<string, AuditRecord[]>();
  readonly timers = new TimerQueue();
  /** Every accepted consumption, indexed for the usage charts and the burn rate. */
  readonly usage = new UsageIndex();
  grantSeq = 0;
  /** A grant is "low" once its remaining is at most this percentage of its amount. */
  grantLowPercent = 20n;

  currency(id: string): CurrencyState {
    const currency = this.currencies.get(id);
    if (!currency) {
      throw new CreditError('not_found', `No credit currency "${id}"; list currencies to see the valid ids.`, {
        currencyId: id,
      });
    }
    return currency;
  }

  feature(id: string): FeatureState {
    const feature = this.features.get(id);
    if (!feature) {
      throw new CreditError('not_found', `No feature "${id}"; define it first or list features to see the valid ids.`, {
        featureId: id,
      });
    }
    return feature;
  }

  customer(id: string): Customer {
    const customer = this.customers.get(id);
    if (!customer) {
      throw new CreditError('not_found', `No customer "${id}"; create the customer first.`, { customerId: id });
    }
    return customer;
  }

  grant(customerId: string, grantId: string): GrantState {
    const grant = this.grants.get(grantId);
    if (!grant || grant.data.customerId !== customerId) {
      throw new CreditError('not_found', `No grant "${grantId}" for customer "${customerId}".`, {
        grantId,
        customerId,
      });
    }
    return grant;
  }

  /** The pool's state, created empty on first use. */
  pool(key: PoolKey): PoolState {
    const found = this.findPool(key);
    if (found) return found;
    const currency = this.currency(key.currencyId);
    let byCurrency = this.#pools.get(key.customerId);
    if (!byCurrency) this.#pools.set(key.customerId, (byCurrency = new Map()));
    let byResource = byCurrency.get(key.currencyId);
    if (!byResource) byCurrency.set(key.currencyId, (byResource = new Map()));
    const pool = newPool(
      { customerId: key.customerId, currencyId: key.currencyId, resourceId: key.resourceId },
      this.poolList.length,
      currency,
    );
    this.poolList.push(pool);
    byResource.set(key.resourceId, pool);
    let list = this.poolsByCustomer.get(key.customerId);
    if (!list) this.poolsByCustomer.set(key.customerId, (list = []));
    list.push(pool);
    return pool;
  }

  /** The pool if it exists, without creating it. */
  findPool(key: PoolKey): PoolState | undefined {
    return this.#pools.get(key.customerId)?.get(key.currencyId)?.get(key.resourceId);
  }

  /** `findPool` without a key object, for the usage path. */
  findPoolOf(customerId: string, currencyId: string, resourceId: string | null): PoolState | undefined {
    // A consumption looks its pool up twice (the command, then applying its record): the second
    // finds it here. Pools are never removed, so a remembered one stays valid.
    const last = this.#lastPool;
    if (
      last !== undefined &&
      last.key.resourceId === resourceId &&
      last.key.customerId === customerId &&
      last.key.currencyId === currencyId
    )
      return last;
    const found = this.#pools.get(customerId)?.get(currencyId)?.get(resourceId);
    if (found !== undefined) this.#lastPool = found;
    return found;
  }

  #lastPool: PoolState | undefined = undefined;

  /** Tells the next `usageCreditsOf(record)` the credits `record` took, known to the command. */
  usageCredits(record: UsageRecord, credits: bigint): void {
    this.#creditsRecord = record;
    this.#credits = credits;
  }

  /** Credits of a single-grant usage record: as the command gave them, else read from its text. */
  usageCreditsOf(record: UsageRecord): bigint {
    if (record === this.#creditsRecord) {
      this.#creditsRecord = null;
      return this.#credits;
    }
    return BigInt(record.credits);
  }

  /** The customer's usage key index, created on first use. */
  usageKeysOf(customerId: string): UsageKeys {
    let keys = this.usageKeys.get(customerId);
    if (!keys) this.usageKeys.set(customerId, (keys = new UsageKeys(this.#usageRecordAt)));
    return keys;
  }

  readonly #usageRecordAt = (pool: number, row: number): UsageRecord =>
    this.poolList[pool]!.ledger.recordAt(row) as UsageRecord;
}

export const idemKey = (customerId: string, key: string): string => `${customerId}\u0000${key}`;

function newPool(key: PoolKey, no: number, currency: CurrencyState): PoolState {
  return {
    key,
    no,
    currency,
    grants: [],
    active: [],
    balance: 0n,
    overage: 0n,
    scheduled: 0n,
    inFlight: 0n,
    rechargeInFlight: null,
    rechargeBlocked: false,
    lastRechargeAt: null,
    ledger: new Ledger(),
    periodStart: 0,
    periodEnd: 0,
    subscriptionId: null,
    periodUsed: 0n,
    periodGranted: 0n,
    state: 'depleted',
    usageKeys: null,
    usageColumns: null,
    resourceNoted: false,
  };
}

export type { LedgerRow, UsageRecord };
