/**
 * Usage idempotency keys of one customer → the ledger row of the event first accepted with each.
 *
 * Every usage event carries a key, so a server holds millions. A `Map` of them was an eighth of
 * the ingestion time (a hash lookup that misses the cache on every new key) and its table, full
 * of pointers to fresh rows, was rescanned by every garbage collection. Here the table is typed
 * arrays the collector never looks inside, found by open addressing: a slot is a key's 32-bit
 * hash and an entry number, eight bytes, so a new key usually costs one read of one cache line.
 * Only a matching hash reads on: the entry's pool and row, then the key itself in the usage
 * record, so two keys with the same hash are still told apart.
 *
 * The hash is seeded per process, so keys cannot be chosen ahead to collide and slow one
 * customer's lookups down.
 */
import type { UsageRecord } from './store';

const FIRST_CAPACITY = 16;
/** Per slot: the hash of its key (0 = empty), then the entry number. */
const STRIDE = 2;
const SEED = crypto.getRandomValues(new Uint32Array(1))[0]!;

/** Where a row lives: the pool (by its number in the state) and the row's index in its ledger. */
export interface UsageRowRef {
  pool: number;
  row: number;
}

export class UsageKeys {
  /**
   * Per slot, the hash of its key and the entry number (its place in `#pools` and `#rows`, in the
   * order keys came), side by side so that adding a key writes one place; a power of two of
   * slots, at most half full.
   */
  #slots = new Int32Array(FIRST_CAPACITY * STRIDE);
  #mask = FIRST_CAPACITY - 1;
  #pools = new Int32Array(FIRST_CAPACITY / 2);
  #rows = new Int32Array(FIRST_CAPACITY / 2);
  #size = 0;
  /** Where the last `find` of a missing key stopped: `add` of that key goes there, unprobed. */
  #vacantKey: string | null = null;
  #vacantHash = 0;
  #vacantSlot = 0;
  readonly #recordAt: (pool: number, row: number) => UsageRecord;
  readonly #hash: (key: string) => number;

  /**
   * `recordAt` reads the usage record of a row, to compare keys whose hashes match; `hash` is
   * replaceable so tests can make every key collide.
   */
  constructor(recordAt: (pool: number, row: number) => UsageRecord, hash: (key: string) => number = hashKey) {
    this.#recordAt = recordAt;
    this.#hash = hash;
  }

  get size(): number {
    return this.#size;
  }

  /** Where the event first accepted with `key` was recorded, or `undefined`. */
  find(key: string): UsageRowRef | undefined {
    const hash = this.#hash(key);
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[i * STRIDE]!;
      if (h === 0) {
        this.#vacantKey = key;
        this.#vacantHash = hash;
        this.#vacantSlot = i;
        return undefined;
      }
      if (h === hash) {
        const entry = slots[i * STRIDE + 1]!;
        const pool = this.#pools[entry]!;
        const row = this.#rows[entry]!;
        if (this.#recordAt(pool, row).key === key) return { pool, row };
      }
    }
  }

  /** Records a new key (the caller checked it is new). */
  add(key: string, pool: number, row: number): void {
    const entry = this.#size++;
    if (entry === this.#pools.length) {
      this.#pools = grown(this.#pools);
      this.#rows = grown(this.#rows);
    }
    this.#pools[entry] = pool;
    this.#rows[entry] = row;
    if (this.#size * 2 > this.#mask + 1) {
      this.#rehash();
      this.#vacantKey = null;
    }
    if (key === this.#vacantKey) this.#place(this.#vacantSlot, this.#vacantHash, entry);
    else this.#put(this.#hash(key), entry);
    this.#vacantKey = null;
  }

  #put(hash: number, entry: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let i = hash & mask;
    while (slots[i * STRIDE] !== 0) i = (i + 1) & mask;
    this.#place(i, hash, entry);
  }

  #place(slot: number, hash: number, entry: number): void {
    this.#slots[slot * STRIDE] = hash;
    this.#slots[slot * STRIDE + 1] = entry;
  }

  #rehash(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    for (let at = 0; at < old.length; at += STRIDE) if (old[at] !== 0) this.#put(old[at]!, old[at + 1]!);
  }
}

function grown(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(column.length * 2);
  next.set(column);
  return next;
}

/** FNV-1a over the UTF-16 code units, seeded, then mixed (murmur3's finalizer); never 0. */
export function hashKey(key: string): number {
  let h = (0x811c9dc5 ^ SEED) | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
