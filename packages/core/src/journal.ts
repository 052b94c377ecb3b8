/**
 * Domain events and audit records. Both are derived from the record log while it is applied, so
 * replaying the log rebuilds them with the same sequence numbers.
 */
import type { EpochMs } from './store';
import type { State } from './state';
import type { Actor, PoolKey } from './types';
import type { AuditAction, AuditRecord, DomainEvent, DomainEventType } from './types-ops';
import { iso } from './views';

export function emit(
  state: State,
  type: DomainEventType,
  key: PoolKey,
  at: EpochMs,
  data: DomainEvent['data'],
): DomainEvent {
  const sequence = state.events.length + 1;
  const event: DomainEvent = {
    sequence,
    id: `evt_${sequence}`,
    type,
    customerId: key.customerId,
    currencyId: key.currencyId,
    resourceId: key.resourceId,
    at: iso(at),
    data,
  };
  state.events.push(event);
  let list = state.eventsByCustomer.get(key.customerId);
  if (!list) state.eventsByCustomer.set(key.customerId, (list = []));
  list.push(event);
  return event;
}

export function audit(
  state: State,
  action: AuditAction,
  customerId: string | null,
  targetId: string,
  actor: Actor,
  reason: string | null,
  at: EpochMs,
): void {
  const record: AuditRecord = {
    sequence: state.audit.length + 1,
    action,
    customerId,
    targetId,
    actor,
    reason,
    at: iso(at),
  };
  state.audit.push(record);
  if (customerId !== null) {
    let list = state.auditByCustomer.get(customerId);
    if (!list) state.auditByCustomer.set(customerId, (list = []));
    list.push(record);
  }
}

/** Entries after `after` (a sequence number), at most `limit`. Sequences are dense, so this is a slice. */
export function pageBySequence<T extends { sequence: number }>(list: readonly T[], after: number, limit: number): T[] {
  // Binary search: per-customer lists are sorted by sequence but not dense.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sequence <= after) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(lo, lo + limit);
}
