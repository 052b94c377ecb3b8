import { rechargeStatus, setPolicy } from './autorecharge';
import * as catalogue from './catalogue';
import { completeCheckout, createQuote, listPacks, prepareCheckout, type PreparedCheckout } from './checkout';
import { check, consume } from './consume';
import { EngineCore, type EngineOptions } from './engine';
import { CreditError, type CreditErrorCode } from './errors';
import { listGrants } from './grant-list';
import * as grants from './grants';
import { pageBySequence } from './journal';
import * as reads from './reads';
import type {
  Currency,
  CurrencyInput,
  Customer,
  Feature,
  FeatureInput,
  Grant,
  Page,
  Plan,
  PoolKey,
  Resource,
  Subscription,
} from './types';
import type * as T from './types-ops';
import type { UsageDimensionsParams, UsageDimensionsResult, UsageQueryParams, UsageQueryResult } from './usage';
import * as v from './validate';
import { toPolicy, toReceipt } from './views';

const MAX_BATCH = 1000;

/**
 * The credit engine. Every command is computed synchronously against the in-memory state (so a
 * check-and-deduct is atomic), written to the store, and resolves once the store has it. Reads
 * are synchronous. Commands and reads first catch up with the clock: scheduled grants activate,
 * grants expire, subscriptions renew.
 */
export class CreditEngine extends EngineCore {
  readonly #checkouts = new Map<string, { key: string; fp: string; promise: Promise<T.Receipt> }>();

  /** Opens an engine on a store, replaying what the store holds. */
  static async open(options: EngineOptions): Promise<CreditEngine> {
    const engine = new CreditEngine(options);
    await engine.replay();
    return engine;
  }

  /* ---------------------------------------------------------------- catalogue */

  defineCurrency(input: CurrencyInput): Promise<Currency> {
    return this.command((ctx) => catalogue.defineCurrency(ctx, input));
  }
  listCurrencies(): Currency[] {
    return this.read((s) => [...s.currencies.values()].map((c) => c.def));
  }
  currency(currencyId: string): Currency {
    return this.read((s) => s.currency(currencyId).def);
  }
  defineFeature(input: FeatureInput): Promise<Feature> {
    return this.command((ctx) => catalogue.defineFeature(ctx, input));
  }
  listFeatures(currencyId?: string): Feature[] {
    return this.read((s) =>
      [...s.features.values()].map((f) => f.def).filter((f) => currencyId === undefined || f.currencyId === currencyId),
    );
  }
  definePlan(input: Plan): Promise<Plan> {
    return this.command((ctx) => catalogue.definePlan(ctx, input));
  }
  listPlans(): Plan[] {
    return this.read((s) => [...s.plans.values()]);
  }
  createCustomer(input: T.CreateCustomerInput): Promise<Customer> {
    return this.command((ctx) => catalogue.createCustomer(ctx, input));
  }
  listCustomers(): Customer[] {
    return this.read((s) => [...s.customers.values()]);
  }
  getCustomer(customerId: string): Customer {
    return this.read((s) => s.customer(customerId));
  }
  createResource(input: T.CreateResourceInput): Promise<Resource> {
    return this.command((ctx) => catalogue.createResource(ctx, input));
  }
  /** Every resource of the customer, including those that only exist through a pool. */
  listResources(customerId: string): Resource[] {
    return this.read((s) => (s.customer(customerId), [...(s.resources.get(customerId)?.values() ?? [])]));
  }
  provisionSubscription(input: T.ProvisionSubscriptionInput): Promise<Subscription> {
    return this.command((ctx) => catalogue.provisionSubscription(ctx, input));
  }
  listSubscriptions(customerId: string): Subscription[] {
    return this.read((s) =>
      [...s.subscriptions.values()].map((sub) => sub.def).filter((sub) => sub.customerId === customerId),
    );
  }

  /* ---------------------------------------------------------------- grants */

  createGrant(input: T.CreateGrantInput): Promise<Grant> {
    return this.command((ctx) => grants.createGrant(ctx, input));
  }
  voidGrant(input: T.VoidGrantInput): Promise<Grant> {
    return this.command((ctx) => grants.voidGrant(ctx, input));
  }
  listGrants(input: T.ListGrantsInput): Page<Grant> {
    return this.read((s) => listGrants(s, input));
  }
  adjust(input: T.AdjustInput): Promise<T.AdjustResult> {
    return this.command((ctx) => grants.adjust(ctx, input));
  }

  /* ---------------------------------------------------------------- usage */

  reportUsage(input: T.UsageEventInput): Promise<T.UsageResult> {
    return this.command(consume, input);
  }

  /** Up to 1,000 events; each is accepted or refused on its own, in order, in one write. */
  reportUsageBatch(events: readonly T.UsageEventInput[]): Promise<T.BatchItemResult[]> {
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
      return Promise.reject(
        new CreditError('invalid_request', `A batch holds 1 to ${MAX_BATCH} events; split larger batches.`, {
          field: 'events',
        }),
      );
    }
    return this.command((ctx) =>
      events.map((event): T.BatchItemResult => {
        try {
          return { ok: true, result: consume(ctx, event) };
        } catch (error) {
          if (!(error instanceof CreditError)) throw error;
          return { ok: false, error: errorBody(error) };
        }
      }),
    );
  }

  /** Would this usage be granted? Consumes nothing. */
  check(input: T.CheckInput): T.CheckResult {
    return this.read((s) => check(s, input));
  }

  /* ---------------------------------------------------------------- reads */

  balance(key: PoolKey) {
    return this.read((s, now) => reads.balance(s, now, key));
  }
  balances(customerId: string, currencyId?: string) {
    return this.read((s, now) => reads.balances(s, now, customerId, currencyId));
  }
  utilization(key: PoolKey) {
    return this.read((s, now) => reads.utilization(s, now, key));
  }
  /** Burn rate over the last `windowDays` (default 7) and the projected run-out. */
  forecast(key: PoolKey, windowDays?: number) {
    return this.read((s, now) => reads.forecast(s, now, key, windowDays));
  }
  listLedger(input: T.ListLedgerInput) {
    return this.read((s) => reads.listLedger(s, input));
  }
  ledgerCsv(input: Omit<T.ListLedgerInput, 'cursor' | 'limit'>): string {
    return this.read((s) => reads.ledgerCsv(s, input));
  }

  /** Usage series for charts over a window of the caller's choosing, granularity, group by feature or a dimension, filters. */
  usageQuery(params: Omit<UsageQueryParams, 'precision'>): UsageQueryResult {
    return this.read((s) => {
      s.customer(params.customerId);
      return s.usage.query({ ...params, precision: s.currency(params.currencyId).def.precision });
    });
  }
  /** The dimension keys and values seen in a window, to build filters. */
  usageDimensions(params: Omit<UsageDimensionsParams, 'precision'>): UsageDimensionsResult {
    return this.read((s) => {
      s.customer(params.customerId);
      return s.usage.dimensions({ ...params, precision: s.currency(params.currencyId).def.precision });
    });
  }

  /* ---------------------------------------------------------------- auto-recharge */

  setAutoRechargePolicy(input: T.SetAutoRechargePolicyInput): Promise<T.AutoRechargePolicy> {
    return this.command((ctx) => setPolicy(ctx, input));
  }
  getAutoRechargePolicy(customerId: string, currencyId: string): T.AutoRechargePolicy | null {
    return this.read((s) => (s.customer(customerId), toPolicy(s, customerId, s.currency(currencyId).def.id)));
  }
  autoRechargeStatus(customerId: string, currencyId: string): T.AutoRechargeStatus {
    return this.read((s, now) => rechargeStatus(s, now, customerId, currencyId));
  }

  /* ---------------------------------------------------------------- checkout */

  listPacks(currencyId: string): T.Pack[] {
    return this.read((s) => listPacks(s, currencyId));
  }
  createQuote(input: T.CreateQuoteInput): Promise<T.Quote> {
    return this.command((ctx) => createQuote(ctx, input));
  }

  /**
   * Pays a quote. A repeated idempotency key returns the first outcome (receipt or decline)
   * without charging again, even while the first call is still paying.
   */
  async confirmCheckout(input: T.ConfirmCheckoutInput): Promise<T.Receipt> {
    const outcome = await this.command((ctx) => prepareCheckout(ctx, input));
    if ('receipt' in outcome) return outcome.receipt;
    const prepared = outcome.prepared;
    const running = this.#checkouts.get(prepared.quoteId);
    if (running) {
      if (running.key === prepared.key && running.fp === prepared.fp) return running.promise;
      throw new CreditError('conflict', `Quote "${prepared.quoteId}" is being paid right now; wait for that payment.`, {
        quoteId: prepared.quoteId,
      });
    }
    const promise = this.#pay(input, prepared);
    this.#checkouts.set(prepared.quoteId, { key: prepared.key, fp: prepared.fp, promise });
    try {
      return await promise;
    } finally {
      this.#checkouts.delete(prepared.quoteId);
    }
  }

  #pay(input: T.ConfirmCheckoutInput, prepared: PreparedCheckout): Promise<T.Receipt> {
    return this.pay(
      {
        idempotencyKey: `checkout:${input.customerId}:${prepared.key}`,
        customerId: input.customerId,
        amount: prepared.amount,
        currency: prepared.billingCurrency,
        description: `Credits top-up, quote ${prepared.quoteId}`,
        method: { type: 'card', card: prepared.card },
      },
      (ctx, payment) => completeCheckout(ctx, input, prepared, payment),
    );
  }

  getReceipt(customerId: string, receiptId: string): T.Receipt {
    return this.read((s) => {
      const receipt = toReceipt(s, receiptId);
      if (!receipt || receipt.customerId !== customerId) {
        throw new CreditError('not_found', `No receipt "${receiptId}" for customer "${customerId}".`, { receiptId });
      }
      return receipt;
    });
  }
  /** Newest first. */
  listReceipts(customerId: string): T.Receipt[] {
    return this.read(
      (s) => (
        s.customer(customerId),
        (s.receiptsByCustomer.get(customerId) ?? []).map((id) => toReceipt(s, id)!).reverse()
      ),
    );
  }

  /* ---------------------------------------------------------------- events and audit */

  /** Events in sequence order after `after`; pass the last sequence seen to continue. */
  listEvents(input: T.ListEventsInput = {}): Page<T.DomainEvent> {
    return this.read((s) => {
      const limit = input.limit === undefined ? 100 : v.integer(input.limit, 'limit', 1, 1000);
      const list = input.customerId === undefined ? s.events : (s.eventsByCustomer.get(input.customerId) ?? []);
      const items = pageBySequence(list, input.after ?? 0, limit);
      return { items, nextCursor: items.length === limit ? String(items.at(-1)!.sequence) : null };
    });
  }

  /** Newest first. */
  listAudit(input: T.ListAuditInput = {}): Page<T.AuditRecord> {
    return this.read((s) => {
      const limit = input.limit === undefined ? 50 : v.integer(input.limit, 'limit', 1, 500);
      const list = input.customerId === undefined ? s.audit : (s.auditByCustomer.get(input.customerId) ?? []);
      let i = input.cursor ? grants.cursorIndex(input.cursor, list.length) : list.length;
      const items: T.AuditRecord[] = [];
      while (i > 0 && items.length < limit) items.push(list[--i]!);
      return { items, nextCursor: i > 0 ? String(i) : null };
    });
  }
}

export function errorBody(error: CreditError): T.ErrorBody {
  const body: { code: CreditErrorCode; message: string; details?: Record<string, unknown> } = {
    code: error.code,
    message: error.message,
  };
  if (error.details !== undefined) body.details = error.details;
  return body;
}
