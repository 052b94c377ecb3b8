/**
 * Things due at an instant: scheduled grants activating, grants expiring, subscriptions renewing.
 * A binary min-heap ordered by time, then kind (renewals settle their own expiring grants before
 * the plain expiry timers of the same instant look at them), then insertion. Entries are never
 * removed early: a handler checks whether its timer still applies.
 */
import type { EpochMs } from './store';

export type Timer =
  | { kind: 'renew'; at: EpochMs; subscriptionId: string; allowance: number; period: number }
  | { kind: 'expire'; at: EpochMs; grantId: string }
  | { kind: 'activate'; at: EpochMs; grantId: string };

const KIND_ORDER = { renew: 0, expire: 1, activate: 2 } as const;

interface Slot {
  timer: Timer;
  seq: number;
}

export class TimerQueue {
  readonly #heap: Slot[] = [];
  #seq = 0;

  get size(): number {
    return this.#heap.length;
  }

  push(timer: Timer): void {
    const heap = this.#heap;
    heap.push({ timer, seq: this.#seq++ });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** Next due time, or `Infinity` when nothing is scheduled. */
  peekAt(): number {
    return this.#heap[0]?.timer.at ?? Number.POSITIVE_INFINITY;
  }

  pop(): Timer | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last) return undefined;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top.timer;
  }
}

function before(a: Slot, b: Slot): boolean {
  if (a.timer.at !== b.timer.at) return a.timer.at < b.timer.at;
  const ka = KIND_ORDER[a.timer.kind];
  const kb = KIND_ORDER[b.timer.kind];
  if (ka !== kb) return ka < kb;
  return a.seq < b.seq;
}
