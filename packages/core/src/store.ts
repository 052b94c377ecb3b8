import type { Actor, Currency, GrantStatus, GrantType } from './types';

/**
 * What the engine writes to storage: an append-only log of facts. The engine keeps its working
 * state in memory and rebuilds it by replaying these records on open, so a store only has to
 * keep them in order and say when they are durable.
 */
export type EngineRecord =
  | { type: 'currency.defined'; at: string; currency: Currency }
  | {
      type: 'grant.created';
      at: string;
      grant: {
        id: string;
        customerId: string;
        currencyId: string;
        resourceId: string | null;
        type: GrantType;
        /** Units of the currency's precision, as a decimal integer string. */
        amountUnits: string;
        status: GrantStatus;
        priority: number;
        effectiveAt: string;
        expiresAt: string | null;
        reason: string | null;
        actor: Actor;
      };
    };

/** The small interface the engine reaches storage through. */
export interface CreditStore {
  /** Every record appended so far, in order. Called once, when the engine opens. */
  load(): Promise<readonly EngineRecord[]>;
  /** Resolves once the records are durable. Concurrent calls may share one physical write. */
  append(records: readonly EngineRecord[]): Promise<void>;
}

/** Keeps records in memory: for tests, the MSW mocks and anything that need not survive a restart. */
export class MemoryStore implements CreditStore {
  readonly records: EngineRecord[] = [];
  load(): Promise<readonly EngineRecord[]> {
    return Promise.resolve([...this.records]);
  }
  append(records: readonly EngineRecord[]): Promise<void> {
    this.records.push(...records);
    return Promise.resolve();
  }
}
