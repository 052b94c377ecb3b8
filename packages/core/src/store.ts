import type { Actor, CostBasis, Currency, Feature, GrantType, Plan } from './types';

/** Units of a currency's (or a billing currency's) precision, as a decimal integer string. */
export type UnitsString = string;
/** Milliseconds since the Unix epoch. */
export type EpochMs = number;

/** An idempotency key with the fingerprint of the payload it was first used with. */
export interface IdemTag {
  key: string;
  fp: string;
}

/** A grant as the log stores it; its status and remaining amount are derived by replay. */
export interface GrantData {
  id: string;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  type: GrantType;
  units: UnitsString;
  priority: number;
  effectiveAt: EpochMs;
  expiresAt: EpochMs | null;
  costBasis?: CostBasis;
  source?: string;
  reason?: string;
  actor: Actor;
  /** Recurring grants: subscription id, allowance index, period index, and `1` for a rollover grant. */
  sub?: [string, number, number, 0 | 1];
  /** How the grant came to be when not by `createGrant`. */
  via?: 'adjustment' | 'checkout' | 'recharge' | 'subscription';
}

/** A usage event as stored: compact on purpose, a server keeps millions of them. */
export interface UsageRecord {
  type: 'usage';
  at: EpochMs;
  id: string;
  key: string;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  featureId: string;
  value: string;
  /** The event's own timestamp when the reporter gave one. */
  ts?: EpochMs;
  dims?: Readonly<Record<string, string>>;
  actor?: Actor;
  credits: UnitsString;
  /**
   * The one grant that covered all the credits: the common case, written without a `draws` list
   * (a list of one pair is four objects per stored event).
   */
  grantId?: string;
  /** `[grantId, units]` per grant drawn, in burn-down order, when `grantId` is absent. */
  draws?: Array<[string, UnitsString]>;
  /** Units taken beyond the grants (soft limit). */
  over?: UnitsString;
}

export interface QuoteData {
  id: string;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  packId: string | null;
  units: UnitsString;
  /** Money in minor units of the billing currency. */
  subtotal: UnitsString;
  tax: UnitsString;
  total: UnitsString;
  expiresAt: EpochMs;
}

export interface PolicyData {
  customerId: string;
  currencyId: string;
  enabled: boolean;
  threshold: UnitsString;
  target: UnitsString;
  /** Minor units of the billing currency. */
  limit: UnitsString | null;
  minIntervalSeconds: number;
  actor: Actor;
}

export interface RechargeData {
  id: string;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  units: UnitsString;
  /** Minor units of the billing currency. */
  total: UnitsString;
}

/**
 * What the engine writes to storage: an append-only log of facts. The engine keeps its working
 * state in memory and rebuilds it by replaying these records on open, so a store only has to
 * keep them in order and say when they are durable. Every record is plain JSON and carries `at`,
 * the epoch milliseconds it took effect (non-decreasing in append order while the clock is).
 */
export type EngineRecord =
  | { type: 'currency.defined'; at: EpochMs; currency: Currency; actor?: Actor }
  | { type: 'feature.defined'; at: EpochMs; feature: Feature; actor?: Actor }
  | { type: 'plan.defined'; at: EpochMs; plan: Plan; actor?: Actor }
  | { type: 'customer.created'; at: EpochMs; customer: { id: string; name: string; email: string | null } }
  | {
      type: 'resource.created';
      at: EpochMs;
      resource: { customerId: string; id: string; name: string; type: string | null };
    }
  | {
      type: 'subscription.provisioned';
      at: EpochMs;
      subscription: { id: string; customerId: string; planId: string; resourceId: string | null; actor: Actor };
      idem?: IdemTag;
    }
  | { type: 'grant.created'; at: EpochMs; grant: GrantData; idem?: IdemTag }
  | { type: 'grant.activated'; at: EpochMs; grantId: string }
  | { type: 'grant.expired'; at: EpochMs; grantId: string; units: UnitsString }
  | {
      type: 'grant.voided';
      at: EpochMs;
      grantId: string;
      units: UnitsString;
      reason: string;
      actor: Actor;
      idem?: IdemTag;
    }
  | UsageRecord
  | {
      type: 'adjustment';
      at: EpochMs;
      id: string;
      customerId: string;
      currencyId: string;
      resourceId: string | null;
      reason: string;
      actor: Actor;
      /** Positive adjustments credit this new grant. */
      grant?: GrantData;
      /** Negative adjustments draw like a consumption. */
      draws?: Array<[string, UnitsString]>;
      over?: UnitsString;
      idem?: IdemTag;
    }
  | { type: 'quote.created'; at: EpochMs; quote: QuoteData }
  | {
      type: 'checkout.completed';
      at: EpochMs;
      receiptId: string;
      quoteId: string;
      paymentId: string;
      card: { brand: string; last4: string };
      grant: GrantData;
      actor: Actor;
      idem: IdemTag;
    }
  | {
      type: 'checkout.declined';
      at: EpochMs;
      customerId: string;
      quoteId: string;
      reason: string;
      last4: string;
      actor: Actor;
      idem: IdemTag;
    }
  | { type: 'policy.set'; at: EpochMs; policy: PolicyData }
  | { type: 'recharge.started'; at: EpochMs; recharge: RechargeData }
  | { type: 'recharge.succeeded'; at: EpochMs; rechargeId: string; paymentId: string; grant: GrantData }
  | {
      type: 'recharge.failed';
      at: EpochMs;
      /** Set when a started recharge's payment failed; absent when it was refused before paying. */
      rechargeId?: string;
      recharge: RechargeData;
      reason: string;
    };

export type RecordOf<T extends EngineRecord['type']> = Extract<EngineRecord, { type: T }>;

/**
 * The small interface the engine reaches storage through.
 *
 * Contract: records become durable in the order `append` was called (a store may group several
 * calls into one physical write, but never makes a later record durable without the earlier
 * ones); `load` returns exactly the durable records, in that order.
 */
export interface CreditStore {
  /** Every record appended so far, in order. Called once, when the engine opens. */
  load(): Promise<readonly EngineRecord[]>;
  /** Resolves once the records are durable. Concurrent calls may share one physical write. */
  append(records: readonly EngineRecord[]): Promise<void>;
}

/** A settled promise never changes, so every append can return this one. */
const DURABLE = Promise.resolve();

/** Keeps records in memory: for tests, the MSW mocks and anything that need not survive a restart. */
export class MemoryStore implements CreditStore {
  readonly records: EngineRecord[] = [];
  load(): Promise<readonly EngineRecord[]> {
    return Promise.resolve([...this.records]);
  }
  append(records: readonly EngineRecord[]): Promise<void> {
    for (const record of records) this.records.push(record);
    return DURABLE;
  }
}
