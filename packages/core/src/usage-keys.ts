/**
 * Usage idempotency keys of one customer → the ledger row of the event first accepted with each.
 *
 * Every usage event carries a key, so a server holds millions. A `Map` of them was an eighth of
 * the ingestion time (a hash lookup that misses the cache on every new key) and its table, full
 * of pointers to fresh rows, was rescanned by every garbage collection. Here an entry is three
 * 32-bit integers in one typed array (the key's hash, the pool's number, the row's index), found
 * by open addressing: a new key usually costs one probe that reads one cache line, and the
 * collector never looks inside. The key itself stays in the usage record, where a matching hash
 * is confirmed against it, so two keys with the same hash are still told apart.
 *
 * The hash is seeded per process, so keys cannot be chosen ahead to collide and slow one
 * customer's lookups down.
 */
import type { UsageRecord } from './store';

/** Slots per entry: hash (0 = empty), pool number, row index. */
const STRIDE = 3;
const FIRST_CAPACITY = 16;
const SEED = crypto.getRandomValues(new Uint32Array(1))[0]!;

/** Where a row lives: the pool (by its number in the state) and the row's index in its ledger. */
export interface UsageRowRef {
  pool: number;
  row: number;
}

export class UsageKeys {
  /** `capacity` entries of STRIDE slots; a power of two, at most half full. */
  #slots = new Int32Array(FIRST_CAPACITY * STRIDE);
  #mask = FIRST_CAPACITY - 1;
  #size = 0;
  /** Where the last `find` of a missing key stopped: `add` of that key writes there, unprobed. */
  #vacantKey: string | null = null;
  #vacantHash = 0;
  #vacantAt = 0;
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
    for (let i = hash & this.#mask; ; i = (i + 1) & this.#mask) {
      const at = i * STRIDE;
      const h = slots[at]!;
      if (h === 0) {
        this.#vacantKey = key;
        this.#vacantHash = hash;
        this.#vacantAt = at;
        return undefined;
      }
      if (h === hash && this.#recordAt(slots[at + 1]!, slots[at + 2]!).key === key) {
        return { pool: slots[at + 1]!, row: slots[at + 2]! };
      }
    }
  }

  /** Records a new key (the caller checked it is new). */
  add(key: string, pool: number, row: number): void {
    if ((this.#size + 1) * 2 > this.#mask + 1) {
      this.#grow();
      this.#vacantKey = null;
    }
    if (key === this.#vacantKey) this.#write(this.#vacantAt, this.#vacantHash, pool, row);
    else this.#put(this.#hash(key), pool, row);
    this.#vacantKey = null;
    this.#size++;
  }

  #put(hash: number, pool: number, row: number): void {
    const slots = this.#slots;
    let i = hash & this.#mask;
    while (slots[i * STRIDE] !== 0) i = (i + 1) & this.#mask;
    this.#write(i * STRIDE, hash, pool, row);
  }

  #write(at: number, hash: number, pool: number, row: number): void {
    const slots = this.#slots;
    slots[at] = hash;
    slots[at + 1] = pool;
    slots[at + 2] = row;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] !== 0) this.#put(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
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
