import type { BalanceChangedNotice } from '@creditkit/client';
import type { DomainEvent } from '@creditkit/core';
import { canSeeResource } from './authorize';
import type { ApiContext } from './context';

export interface EventStreamOptions {
  /** Resume after this sequence (the `Last-Event-ID` header). Default: only new events. */
  after?: number;
  /** Ends the stream (the client went away). */
  signal?: AbortSignal;
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 000 ms. */
  heartbeatMs?: number;
  /**
   * Live events waiting for a reader that does not keep up; past this the stream ends, and the
   * client's reconnect with `Last-Event-ID` replays what it missed from the log instead of this
   * process holding it in memory. Default 10 000.
   */
  maxQueued?: number;
}

const frame = (event: DomainEvent) => `id: ${event.sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/** A balance notice has no `id`: it is not recorded, so a reconnect must not resume from it. */
const noticeFrame = (notice: BalanceChangedNotice) => `event: ${notice.type}\ndata: ${JSON.stringify(notice)}\n\n`;

/**
 * A customer's events as Server-Sent Events frames: first what was missed after `after`, then
 * live ones as the engine makes them durable, until `signal` aborts.
 */
export async function* eventStream(
  ctx: ApiContext,
  customerId: string,
  options: EventStreamOptions = {},
): AsyncGenerator<string> {
  const { signal, maxQueued = 10_000 } = options;
  const queue: Array<DomainEvent | BalanceChangedNotice> = [];
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const seen = (event: DomainEvent) =>
    event.customerId === customerId && canSeeResource(ctx.principal, event.resourceId);
  // Subscribe before reading the backlog so nothing made in between is lost; duplicates are skipped by sequence.
  const unsubscribe = ctx.engine.subscribe((event) => {
    if (!seen(event)) return;
    queue.push(event);
    notify();
  });
  const unsubscribeBalances = ctx.engine.subscribeBalanceChanges((pools) => {
    const at = ctx.engine.clock.now().toISOString();
    for (const pool of pools) {
      if (pool.customerId !== customerId || !canSeeResource(ctx.principal, pool.resourceId)) continue;
      queue.push({ type: 'credits.balance.changed', ...pool, at });
    }
    notify();
  });
  let beat = false;
  signal?.addEventListener('abort', notify, { once: true });
  const heartbeat = setInterval(() => ((beat = true), notify()), options.heartbeatMs ?? 15_000);
  try {
    // Without `after`, everything queued since subscribing is new.
    let last = options.after ?? 0;
    yield 'retry: 2000\n\n';
    if (options.after !== undefined) {
      for (;;) {
        const page = ctx.engine.listEvents({ customerId, after: last, limit: 1000 });
        for (const event of page.items) {
          last = event.sequence;
          if (seen(event)) yield frame(event);
        }
        if (!page.nextCursor) break;
      }
    }
    while (!signal?.aborted) {
      if (queue.length > maxQueued) return;
      const event = queue.shift();
      if (event && !('sequence' in event)) {
        yield noticeFrame(event);
        continue;
      }
      if (event) {
        if (event.sequence > last) {
          last = event.sequence;
          yield frame(event);
        }
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      if (beat && queue.length === 0 && !signal?.aborted) yield ': keep-alive\n\n';
      beat = false;
    }
  } finally {
    clearInterval(heartbeat);
    unsubscribe();
    unsubscribeBalances();
  }
}
