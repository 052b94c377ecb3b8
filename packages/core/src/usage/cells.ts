/**
 * Interning for the usage index. Every distinct (feature, dimension set) becomes a small integer,
 * a *cell*, so a stored fact is three numbers (time, cell, units) and a query decides what to do
 * with a cell once rather than once per fact.
 */

/** Interns strings to dense ids. */
export class Dictionary {
  readonly #ids = new Map<string, number>();
  readonly names: string[] = [];

  intern(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.#ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  get(name: string): number | undefined {
    return this.#ids.get(name);
  }
}

/** Pair ids and cell ids share 53 bits in a transition key: 2^26 of each is far beyond memory. */
const PAIR_BITS = 2 ** 26;
/** cell × SMALL_PAIRS + pair stays below 2^30, a small integer for V8. */
const SMALL_PAIRS = 2 ** 14;
const SMALL_CELLS = 2 ** 16;

/**
 * Interns (feature, dimensions) to cell ids. A cell is a state of a trie walked pair by pair
 * (feature first, then each key=value), with all transitions in one numeric map: a few hot map
 * lookups per fact, no string building, no per-node maps scattered over the heap. Every prefix
 * is a cell too (one that may hold no facts). Two objects with the same pairs in a different
 * key order may reach two cells; that only splits an aggregate, never changes a sum.
 */
export class Cells {
  readonly features = new Dictionary();
  readonly keys = new Dictionary();
  /** Dimension values, interned across keys. */
  readonly values = new Dictionary();
  /** Feature id of each cell. */
  readonly feature: number[] = [];
  /** Pair ids (key=value) of cell `c`: `pairData[pairStart[c] .. pairStart[c] + pairLength[c])`. Flat, so a new cell allocates nothing. */
  readonly pairStart: number[] = [];
  readonly pairLength: number[] = [];
  readonly pairData: number[] = [];
  /** Key id and value id of each pair. */
  readonly pairKey: number[] = [];
  readonly pairValue: number[] = [];
  /** Cell of each feature's root state. */
  readonly #roots: number[] = [];
  /** Per key id: value → pair id. */
  readonly #pairIds: Map<string, number>[] = [];
  /** Per position in a dimension object: the key last seen there, its value → pair map and its id. */
  readonly #recentKeys: string[] = [];
  readonly #recentValues: Map<string, number>[] = [];
  readonly #recentKeyIds: number[] = [];
  /** cell × SMALL_PAIRS + pair → next cell, while both are small; else `#next`, keyed cell × PAIR_BITS + pair. */
  readonly #nextSmall = new IntTable();
  readonly #next = new Map<number, number>();

  get count(): number {
    return this.feature.length;
  }

  intern(featureId: string, dimensions: Readonly<Record<string, string>>): number {
    const feature = this.features.intern(featureId);
    let cell: number = this.#roots[feature] ?? (this.#roots[feature] = this.#create(feature, this.pairData.length, 0));
    let position = 0;
    for (const key in dimensions) {
      const pair = this.#pair(position++, key, dimensions[key]!);
      // Keys that fit 30 bits go to a flat integer table (one probe, no hashing of objects): most
      // indexes never leave it.
      if (cell < SMALL_CELLS && pair < SMALL_PAIRS) {
        const transition = cell * SMALL_PAIRS + pair;
        let next = this.#nextSmall.get(transition);
        if (next < 0) this.#nextSmall.set(transition, (next = this.#extend(cell, pair)));
        cell = next;
      } else {
        const transition = cell * PAIR_BITS + pair;
        let next = this.#next.get(transition);
        if (next === undefined) this.#next.set(transition, (next = this.#extend(cell, pair)));
        cell = next;
      }
    }
    return cell;
  }

  /** Pair id of key=value if that pair was ever seen. */
  pairOf(keyId: number, value: string): number | undefined {
    return this.#pairIds[keyId]?.get(value);
  }

  /**
   * Pair id of key=value, `key` being the `position`-th key of its dimension object. Reporters send
   * the same keys in the same order event after event, so the key's value map is remembered per
   * position and reached without looking the key up.
   */
  #pair(position: number, key: string, value: string): number {
    let byValue: Map<string, number>;
    let keyId: number;
    if (this.#recentKeys[position] === key) {
      byValue = this.#recentValues[position]!;
      keyId = this.#recentKeyIds[position]!;
    } else {
      keyId = this.keys.intern(key);
      byValue = this.#pairIds[keyId] ??= new Map();
      this.#recentKeys[position] = key;
      this.#recentValues[position] = byValue;
      this.#recentKeyIds[position] = keyId;
    }
    let pair = byValue.get(value);
    if (pair === undefined) {
      pair = this.pairKey.length;
      if (pair >= PAIR_BITS) throw new RangeError(`The usage index holds more than ${PAIR_BITS} dimension values.`);
      byValue.set(value, pair);
      this.pairKey.push(keyId);
      this.pairValue.push(this.values.intern(value));
    }
    return pair;
  }

  #extend(cell: number, pair: number): number {
    const start = this.pairData.length;
    const from = this.pairStart[cell]!;
    const length = this.pairLength[cell]!;
    for (let i = from; i < from + length; i++) this.pairData.push(this.pairData[i]!);
    this.pairData.push(pair);
    return this.#create(this.feature[cell]!, start, length + 1);
  }

  #create(feature: number, start: number, length: number): number {
    if (this.feature.length >= PAIR_BITS) throw new RangeError(`The usage index holds more than ${PAIR_BITS} cells.`);
    this.feature.push(feature);
    this.pairStart.push(start);
    this.pairLength.push(length);
    return this.feature.length - 1;
  }

  /** Value id of `keyId` in a cell, or -1 when the cell lacks the key. */
  valueOf(cell: number, keyId: number): number {
    const start = this.pairStart[cell]!;
    const end = start + this.pairLength[cell]!;
    for (let i = start; i < end; i++) {
      const pair = this.pairData[i]!;
      if (this.pairKey[pair] === keyId) return this.pairValue[pair]!;
    }
    return -1;
  }
}

/**
 * A hash table from non-negative 30-bit integers to non-negative 31-bit integers, in one typed
 * array of key, value pairs with linear probing: a lookup reads one or two adjacent slots where a
 * `Map` walks a bucket chain, and a key sits beside its value, so a lookup that misses the cache
 * misses it once. Never shrinks; grows at half full.
 */
export class IntTable {
  /** `[key, value]` per slot; key -1 marks an empty slot. */
  #slots = new Int32Array(128).fill(-1);
  #size = 0;
  #shift = 32 - 6;

  get size(): number {
    return this.#size;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.#shift; ; i = (i + 1) & mask) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.#size + 1) * 4 > this.#slots.length) this.#grow();
    if (this.#put(key, value)) this.#size++;
  }

  #put(key: number, value: number): boolean {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.#shift; ; i = (i + 1) & mask) {
      const k = slots[2 * i]!;
      if (k === key || k === -1) {
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        return k === -1;
      }
    }
  }

  #grow(): void {
    const slots = this.#slots;
    this.#slots = new Int32Array(slots.length * 2).fill(-1);
    this.#shift--;
    for (let i = 0; i < slots.length; i += 2) if (slots[i]! !== -1) this.#put(slots[i]!, slots[i + 1]!);
  }
}
