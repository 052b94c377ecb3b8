/**
 * Inputs and results of the engine's commands: grants, usage, checkout, auto-recharge, events
 * and audit.
 */
import type { CreditErrorCode } from './errors';
import type {
  Actor,
  CostBasis,
  DecimalString,
  Grant,
  GrantStatus,
  GrantType,
  IsoTime,
  LedgerEntry,
  LedgerEntryType,
  PoolKey,
} from './types';

/* ---------------------------------------------------------------- catalogue commands */

export interface CreateCustomerInput {
  id: string;
  name: string;
  email?: string | null;
}

export interface CreateResourceInput {
  customerId: string;
  id: string;
  name: string;
  type?: string | null;
}

export interface ProvisionSubscriptionInput {
  customerId: string;
  planId: string;
  /** Provision for one resource (creating its pools); default the customer's global pools. */
  resourceId?: string | null;
  idempotencyKey?: string;
  actor: Actor;
}

/* ---------------------------------------------------------------- grants */

export interface CreateGrantInput extends PoolKey {
  type: GrantType;
  amount: DecimalString;
  /** Lower is consumed first. Default 100. */
  priority?: number;
  /** Default now; a later instant schedules the grant. */
  effectiveAt?: IsoTime;
  /** Default never. */
  expiresAt?: IsoTime | null;
  costBasis?: CostBasis | null;
  source?: string | null;
  reason?: string | null;
  actor: Actor;
  idempotencyKey?: string;
}

export interface VoidGrantInput {
  customerId: string;
  grantId: string;
  reason: string;
  actor: Actor;
  idempotencyKey?: string;
}

/** What a grants list can be sorted by. */
export type GrantSortField = 'createdAt' | 'effectiveAt' | 'expiresAt' | 'amount' | 'remaining';
export type GrantSortDirection = 'asc' | 'desc';

export interface ListGrantsInput extends PoolKey {
  status?: GrantStatus | GrantStatus[];
  /** Default `createdAt`; ties keep creation order. A grant that never expires sorts after every dated one. */
  sort?: GrantSortField;
  /** Default `desc`. */
  direction?: GrantSortDirection;
  /** From the previous page, read with the same sort and direction. */
  cursor?: string | null;
  /** Default 50, at most 500. */
  limit?: number;
}

export interface AdjustInput extends PoolKey {
  /** Signed: positive adds credits (as a promotional grant), negative removes them in burn-down order. */
  amount: DecimalString;
  reason: string;
  actor: Actor;
  idempotencyKey?: string;
}

export interface AdjustResult {
  id: string;
  entries: LedgerEntry[];
  balanceAfter: DecimalString;
}

export interface ListLedgerInput extends PoolKey {
  types?: LedgerEntryType[];
  /** Inclusive lower bound on the entry time. */
  from?: IsoTime;
  /** Exclusive upper bound on the entry time. */
  to?: IsoTime;
  cursor?: string | null;
  /** Default 50, at most 1000. */
  limit?: number;
}

/* ---------------------------------------------------------------- usage */

export interface UsageEventInput {
  customerId: string;
  resourceId?: string | null;
  featureId: string;
  /** Units of the feature used, a non-negative decimal string. */
  value: DecimalString;
  /** When the usage happened (default now); charts bucket by it. */
  timestamp?: IsoTime;
  idempotencyKey: string;
  dimensions?: Readonly<Record<string, string>>;
  /** Who reported it; default `{type: 'system', id: 'usage'}`. */
  actor?: Actor;
}

export interface UsageResult {
  eventId: string;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  featureId: string;
  credits: DecimalString;
  balanceAfter: DecimalString;
  /** `true` when this idempotency key was seen before: nothing changed, this is the original result. */
  duplicate: boolean;
  /** Part of the credits that went beyond the grants (soft limit). */
  overage: DecimalString;
  entries: LedgerEntry[];
}

export interface ErrorBody {
  code: CreditErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type BatchItemResult = { ok: true; result: UsageResult } | { ok: false; error: ErrorBody };

export interface CheckInput {
  customerId: string;
  featureId: string;
  requestedUsage: DecimalString;
  resourceId?: string | null;
  dimensions?: Readonly<Record<string, string>>;
}

export interface CheckResult {
  isGranted: boolean;
  requestedCredits: DecimalString;
  balance: DecimalString;
  /** `ok`, `soft_limit_overage` (granted, would go negative) or `insufficient_credits`. */
  reason: 'ok' | 'soft_limit_overage' | 'insufficient_credits';
}

/* ---------------------------------------------------------------- auto-recharge */

export interface AutoRechargePolicy {
  customerId: string;
  currencyId: string;
  enabled: boolean;
  /** A consumption that leaves a pool below this buys credits. */
  threshold: DecimalString;
  /** The balance a recharge buys up to. */
  target: DecimalString;
  /** Most money (billing currency) spent on recharges per calendar month (UTC); `null` = no limit. */
  monthlySpendLimit: DecimalString | null;
  /** Least time between two recharges of one pool. */
  minIntervalSeconds: number;
  updatedAt: IsoTime;
  actor: Actor;
}

export interface SetAutoRechargePolicyInput {
  customerId: string;
  currencyId: string;
  enabled: boolean;
  threshold: DecimalString;
  target: DecimalString;
  /** Default no limit. */
  monthlySpendLimit?: DecimalString | null;
  /** Default 0. */
  minIntervalSeconds?: number;
  actor: Actor;
}

export interface RechargeAttempt extends PoolKey {
  id: string;
  status: 'in_flight' | 'succeeded' | 'failed';
  credits: DecimalString;
  total: DecimalString;
  billingCurrency: string;
  grantId: string | null;
  reason: string | null;
  at: IsoTime;
}

export interface AutoRechargeStatus {
  policy: AutoRechargePolicy | null;
  /** Money spent (or being spent) on recharges this calendar month. */
  monthSpend: DecimalString;
  monthlySpendLimit: DecimalString | null;
  billingCurrency: string | null;
  lastRecharge: RechargeAttempt | null;
}

/* ---------------------------------------------------------------- checkout */

export interface Pack {
  id: string;
  credits: DecimalString;
  label: string | null;
  price: { subtotal: DecimalString; tax: DecimalString; total: DecimalString; billingCurrency: string };
}

export interface CreateQuoteInput {
  customerId: string;
  currencyId: string;
  resourceId?: string | null;
  /** A preset pack, or `credits` for a custom amount. */
  packId?: string;
  credits?: DecimalString;
}

export interface Quote extends PoolKey {
  id: string;
  packId: string | null;
  credits: DecimalString;
  unitPrice: DecimalString;
  subtotal: DecimalString;
  tax: DecimalString;
  total: DecimalString;
  billingCurrency: string;
  balanceAfter: DecimalString;
  createdAt: IsoTime;
  expiresAt: IsoTime;
}

export interface CardDetails {
  cardNumber: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  name: string;
}

export interface ConfirmCheckoutInput {
  customerId: string;
  quoteId: string;
  payment: CardDetails;
  idempotencyKey: string;
  actor: Actor;
}

export interface Receipt extends PoolKey {
  id: string;
  quoteId: string;
  credits: DecimalString;
  unitPrice: DecimalString;
  subtotal: DecimalString;
  tax: DecimalString;
  total: DecimalString;
  billingCurrency: string;
  grantId: string;
  paymentId: string;
  card: { brand: string; last4: string };
  balanceAfter: DecimalString;
  actor: Actor;
  createdAt: IsoTime;
}

/* ---------------------------------------------------------------- events and audit */

export type DomainEventType =
  | 'credits.granted'
  | 'credits.grant.usage_low'
  | 'credits.grant.depleted'
  | 'credits.expired'
  | 'credits.grant.voided'
  | 'credits.balance.usage_low'
  | 'credits.balance.depleted'
  | 'credits.auto_recharge.succeeded'
  | 'credits.auto_recharge.failed'
  | 'checkout.completed';

export interface DomainEvent {
  /** Increases by one per event, across the whole engine. */
  sequence: number;
  id: string;
  type: DomainEventType;
  customerId: string;
  currencyId: string;
  resourceId: string | null;
  at: IsoTime;
  data: {
    grant?: Grant;
    balance?: DecimalString;
    threshold?: DecimalString | null;
    amount?: DecimalString;
    recharge?: RechargeAttempt;
    receipt?: Receipt;
  };
}

export interface ListEventsInput {
  customerId?: string;
  /** Only events with a larger sequence. */
  after?: number;
  /** Default 100, at most 1000. */
  limit?: number;
}

export type AuditAction =
  | 'currency.defined'
  | 'feature.defined'
  | 'plan.defined'
  | 'customer.created'
  | 'resource.created'
  | 'subscription.provisioned'
  | 'grant.created'
  | 'grant.voided'
  | 'balance.adjusted'
  | 'auto_recharge.policy_changed'
  | 'checkout.completed'
  | 'checkout.declined';

export interface AuditRecord {
  sequence: number;
  action: AuditAction;
  customerId: string | null;
  /** Id of what changed: a grant, policy, receipt, currency… */
  targetId: string;
  actor: Actor;
  reason: string | null;
  at: IsoTime;
}

export interface ListAuditInput {
  customerId?: string;
  cursor?: string | null;
  /** Default 50, at most 500. */
  limit?: number;
}
