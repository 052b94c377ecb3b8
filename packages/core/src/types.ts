/**
 * The engine's public read and input shapes: catalogue, pools, grants and the ledger.
 * Amounts cross this boundary as decimal strings and times as ISO-8601 strings.
 */

/** Decimal amounts cross every boundary as strings, never as floats. */
export type DecimalString = string;
/** An ISO-8601 instant, e.g. `2026-01-01T00:00:00.000Z`. */
export type IsoTime = string;

export type EnforcementMode = 'hard' | 'soft';
/** Which grants a consumption draws first; see the package README. */
export type BurnDownStrategy = 'default' | 'fifo' | 'lifo';
export type Cadence = 'day' | 'week' | 'month' | 'year';

/* ---------------------------------------------------------------- catalogue */

/** How credits of a currency are sold through the top-up checkout. */
export interface CheckoutConfig {
  /** ISO-4217 code of the money customers pay in, e.g. `USD`. */
  billingCurrency: string;
  /** Decimal places of the billing currency (2 for USD, 0 for JPY). */
  minorUnits: number;
  /** Price of one credit in the billing currency, e.g. `"0.01"`. */
  pricePerCredit: DecimalString;
  /** Tax added on top of the subtotal, e.g. `"0.2"` for 20 %. */
  taxRate: DecimalString;
  /** Preset packs offered first. */
  packs: Array<{ id: string; credits: DecimalString; label?: string }>;
  /** Smallest custom amount of credits a customer may buy. */
  customMin: DecimalString;
  /** Largest custom amount of credits a customer may buy. */
  customMax: DecimalString;
  /** How long a quote stays valid. */
  quoteTtlSeconds: number;
}

export interface Currency {
  id: string;
  displayName: string;
  unitSingular: string;
  unitPlural: string;
  symbol?: string;
  /** Decimal places credits of this currency are kept to (0–9). */
  precision: number;
  enforcement: EnforcementMode;
  burnDown: BurnDownStrategy;
  /** A pool whose balance falls below this is "low" (emits `credits.balance.usage_low`). */
  lowBalanceThreshold: DecimalString | null;
  /** Absent: the currency cannot be bought through checkout or auto-recharge. */
  checkout: CheckoutConfig | null;
}

/** What `defineCurrency` takes; omitted fields get the defaults documented on each. */
export interface CurrencyInput {
  id: string;
  displayName: string;
  unitSingular: string;
  unitPlural: string;
  symbol?: string;
  precision: number;
  enforcement: EnforcementMode;
  /** Default `'default'` (priority, soonest expiry, promotional first, oldest). */
  burnDown?: BurnDownStrategy;
  /** Default none: the pool is never reported low, only depleted. */
  lowBalanceThreshold?: DecimalString | null;
  /** Default none: not for sale. */
  checkout?: CheckoutConfig | null;
}

export interface Feature {
  id: string;
  currencyId: string;
  displayName: string;
  /** Name of what is measured, e.g. `token`. */
  unit: string | null;
  /** Credits consumed per unit of usage, e.g. `"0.002"`. */
  rate: DecimalString;
  /** Overrides the currency's enforcement for this feature; `null` inherits it. */
  enforcement: EnforcementMode | null;
}

export interface FeatureInput {
  id: string;
  currencyId: string;
  displayName: string;
  unit?: string | null;
  rate: DecimalString;
  enforcement?: EnforcementMode | null;
}

export interface RolloverPolicy {
  mode: 'none' | 'all' | 'capped';
  /** With `capped`: most credits carried into the next period. */
  cap?: DecimalString;
}

export interface Allowance {
  currencyId: string;
  amount: DecimalString;
  cadence: Cadence;
  rollover: RolloverPolicy;
  /** Burn-down priority of the recurring grants; default 50 (before the default 100 of other grants). */
  priority?: number;
}

export interface Plan {
  id: string;
  displayName: string;
  allowances: Allowance[];
  /** Per-feature rates that win over the feature's own rate for subscribers. */
  rateOverrides: Record<string, DecimalString>;
}

export interface Customer {
  id: string;
  name: string;
  email: string | null;
  createdAt: IsoTime;
}

export interface Resource {
  customerId: string;
  id: string;
  name: string;
  type: string | null;
  /** `true` when the resource was never created explicitly, only used through a pool. */
  implicit: boolean;
  createdAt: IsoTime;
}

export interface Subscription {
  id: string;
  customerId: string;
  planId: string;
  resourceId: string | null;
  startedAt: IsoTime;
  actor: Actor;
}

/* ---------------------------------------------------------------- pools and grants */

/** Who did something: shown on every ledger entry and audit record. */
export interface Actor {
  type: 'admin' | 'customer' | 'system' | 'subscription';
  id: string;
}

/** Identifies a pool: one customer × currency × resource (`null` = the customer's global pool). */
export interface PoolKey {
  customerId: string;
  currencyId: string;
  resourceId: string | null;
}

export type GrantType = 'paid' | 'promotional' | 'recurring' | 'top_up' | 'auto_recharge';
export type GrantStatus = 'scheduled' | 'active' | 'depleted' | 'expired' | 'voided';

export interface CostBasis {
  /** Money paid for the whole grant, as a decimal string. */
  amount: DecimalString;
  /** ISO-4217 code. */
  currency: string;
}

export interface Grant extends PoolKey {
  id: string;
  type: GrantType;
  amount: DecimalString;
  remaining: DecimalString;
  status: GrantStatus;
  priority: number;
  effectiveAt: IsoTime;
  expiresAt: IsoTime | null;
  costBasis: CostBasis | null;
  source: string | null;
  reason: string | null;
  actor: Actor;
  /** Set for recurring grants: the subscription that granted them. */
  subscriptionId: string | null;
  createdAt: IsoTime;
  /** When the grant left `active`/`scheduled` (depleted, expired or voided). */
  closedAt: IsoTime | null;
}

export type LedgerEntryType = 'grant' | 'consumption' | 'expiration' | 'void' | 'adjustment' | 'auto_recharge';

export interface LedgerEntry extends PoolKey {
  id: string;
  type: LedgerEntryType;
  /** Signed change to the balance. */
  amount: DecimalString;
  balanceAfter: DecimalString;
  /** The grant drawn or credited; `null` for the part of a soft-limit consumption that went into overage. */
  grantId: string | null;
  usageEventId: string | null;
  featureId: string | null;
  dimensions: Readonly<Record<string, string>> | null;
  /** `true` on the part of a consumption that took the balance below zero (soft limit). */
  overage: boolean;
  actor: Actor;
  reason: string | null;
  at: IsoTime;
}

export type BalanceState = 'ok' | 'low' | 'depleted';

export interface PoolBalance extends PoolKey {
  currency: Pick<Currency, 'id' | 'displayName' | 'unitSingular' | 'unitPlural' | 'symbol' | 'precision'>;
  /** Σ remaining of active grants minus overage; negative only under a soft limit. */
  balance: DecimalString;
  precision: number;
  /** `depleted` at or below zero, `low` below the currency's threshold, else `ok`. */
  state: BalanceState;
  lowBalanceThreshold: DecimalString | null;
  /** Credits consumed beyond the grants under a soft limit (positive number, `"0"` if none). */
  overage: DecimalString;
  /** Credits of grants that become active later. */
  scheduled: DecimalString;
  /** Credits of an auto-recharge being paid for right now (counted toward triggering, not spendable). */
  rechargeInFlight: DecimalString;
  enforcement: EnforcementMode;
  asOf: IsoTime;
}

export interface BalanceSummary {
  customerId: string;
  pools: PoolBalance[];
  /** Per currency: the sum over all pools of that currency. */
  totals: Array<{ currencyId: string; balance: DecimalString }>;
}

export interface Utilization extends PoolKey {
  /** Start of the current period: the subscription's period, else the calendar month (UTC). */
  periodStart: IsoTime;
  periodEnd: IsoTime;
  cadence: Cadence;
  /** Credits that became active in this period (period allowance, rollover, top-ups, …). */
  granted: DecimalString;
  /** Credits consumed in this period. */
  used: DecimalString;
  /** The balance now. */
  remaining: DecimalString;
  /** `used + max(remaining, 0)`: the meter's full scale. */
  total: DecimalString;
}

export interface Forecast extends PoolKey {
  /** Days of usage the burn rate is averaged over. */
  windowDays: number;
  /** Average credits consumed per day over the window. */
  burnRatePerDay: DecimalString;
  balance: DecimalString;
  /** When the balance reaches zero at this rate; `null` when nothing is being used. */
  runOutAt: IsoTime | null;
  asOf: IsoTime;
}

/** One page of a list; pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
