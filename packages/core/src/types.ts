/** Decimal amounts cross every boundary as strings, never as floats. */
export type DecimalString = string;

export type EnforcementMode = 'hard' | 'soft';

export interface Currency {
  id: string;
  displayName: string;
  unitSingular: string;
  unitPlural: string;
  symbol?: string;
  /** Decimal places credits of this currency are kept to. */
  precision: number;
  enforcement: EnforcementMode;
}

export type GrantType = 'paid' | 'promotional' | 'recurring' | 'top_up' | 'auto_recharge';
export type GrantStatus = 'scheduled' | 'active' | 'depleted' | 'expired' | 'voided';

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

export interface Grant extends PoolKey {
  id: string;
  type: GrantType;
  amount: DecimalString;
  remaining: DecimalString;
  status: GrantStatus;
  priority: number;
  effectiveAt: string;
  expiresAt: string | null;
  reason: string | null;
  actor: Actor;
  createdAt: string;
}

export interface PoolBalance extends PoolKey {
  currency: Pick<Currency, 'id' | 'displayName' | 'unitSingular' | 'unitPlural' | 'symbol' | 'precision'>;
  balance: DecimalString;
  precision: number;
  asOf: string;
}
