/**
 * Per-pool columns of the usage index. Facts are appended to chunks of typed arrays that remember
 * their time range and the sum of their magnitudes, so a query skips chunks outside its window and
 * knows before scanning whether plain `number` sums stay exact. A chunk that fills up is sealed
 * and gets a posting index (rows per dimension pair), so a filtered query reads only the rows
 * carrying one of the filtered values instead of every row.
 */
import type { Cells } from './cells';

/** Rows per full chunk (fits the posting index's 16-bit row numbers). */
export const CHUNK_ROWS = 8192;
/** A pool's first chunk starts small and doubles, so that small pools stay small. */
const FIRST_CHUNK_ROWS = 16;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Rows of a sealed chunk grouped by dimension pair: `rows[start[i]..start[i+1])` carry `pair[i]`. */
export interface PostingIndex {
  pair: Map<number, number>;
  start: Int32Array;
  rows: Uint16Array;
}

/** A run of facts of one pool, in arrival order. */
export class Chunk {
  at: Float64Array;
  cell: Int32Array;
  /** Units as exact integers; `NaN` marks a value too large for a double, kept in `big`. */
  units: Float64Array;
  length = 0;
  minAt = Infinity;
  maxAt = -Infinity;
  /** Σ|units|; `Infinity` once a value lives in `big`. Sums below 2^53 are exact in doubles. */
  magnitude = 0;
  big: Map<number, bigint> | null = null;
  /** Built when the chunk is sealed; `null` while it still grows. */
  postings: PostingIndex | null = null;

  constructor(capacity: number) {
    this.at = new Float64Array(capacity);
    this.cell = new Int32Array(capacity);
    this.units = new Float64Array(capacity);
  }

  unitsAt(row: number): bigint {
    const value = this.units[row]!;
    return Number.isNaN(value) ? this.big!.get(row)! : BigInt(value);
  }
}

/** All facts of one pool (customer × currency × resource). */
export class PoolColumns {
  readonly chunks: Chunk[] = [new Chunk(FIRST_CHUNK_ROWS)];
  readonly #cells: Cells;

  constructor(cells: Cells) {
    this.#cells = cells;
  }

  push(at: number, cell: number, units: bigint): void {
    let chunk = this.chunks[this.chunks.length - 1]!;
    if (chunk.length === chunk.at.length) chunk = this.#grow(chunk);
    const row = chunk.length++;
    chunk.at[row] = at;
    chunk.cell[row] = cell;
    if (at < chunk.minAt) chunk.minAt = at;
    if (at > chunk.maxAt) chunk.maxAt = at;
    if (units <= MAX_SAFE && units >= -MAX_SAFE) {
      const value = Number(units);
      chunk.units[row] = value;
      chunk.magnitude += value < 0 ? -value : value;
    } else {
      chunk.units[row] = NaN;
      (chunk.big ??= new Map()).set(row, units);
      chunk.magnitude = Infinity;
    }
  }

  /** Doubles a small chunk in place until it reaches full size; then seals it and starts another. */
  #grow(chunk: Chunk): Chunk {
    const capacity = chunk.at.length;
    if (capacity >= CHUNK_ROWS) {
      chunk.postings = buildPostings(chunk, this.#cells);
      const next = new Chunk(CHUNK_ROWS);
      this.chunks.push(next);
      return next;
    }
    const at = new Float64Array(capacity * 2);
    const cell = new Int32Array(capacity * 2);
    const units = new Float64Array(capacity * 2);
    at.set(chunk.at);
    cell.set(chunk.cell);
    units.set(chunk.units);
    chunk.at = at;
    chunk.cell = cell;
    chunk.units = units;
    return chunk;
  }
}

/** Counting sort of the chunk's rows by each dimension pair they carry. */
function buildPostings(chunk: Chunk, cells: Cells): PostingIndex {
  const { pairStart, pairLength, pairData } = cells;
  // Slot of each pair in this chunk (+1; 0 = not seen yet), and the pairs in first-seen order.
  const slotOfPair = new Int32Array(cells.pairKey.length);
  const seen: number[] = [];
  const counts: number[] = [];
  for (let row = 0; row < chunk.length; row++) {
    const cell = chunk.cell[row]!;
    for (let i = pairStart[cell]!, end = i + pairLength[cell]!; i < end; i++) {
      const id = pairData[i]!;
      let slot = slotOfPair[id]! - 1;
      if (slot < 0) {
        slot = seen.push(id) - 1;
        slotOfPair[id] = slot + 1;
        counts.push(0);
      }
      counts[slot]!++;
    }
  }
  const pair = new Map<number, number>();
  const start = new Int32Array(seen.length + 1);
  const cursor = new Int32Array(seen.length);
  for (let slot = 0; slot < seen.length; slot++) {
    pair.set(seen[slot]!, slot);
    start[slot + 1] = start[slot]! + counts[slot]!;
    cursor[slot] = start[slot]!;
  }
  const rows = new Uint16Array(start[seen.length]!);
  for (let row = 0; row < chunk.length; row++) {
    const cell = chunk.cell[row]!;
    for (let i = pairStart[cell]!, end = i + pairLength[cell]!; i < end; i++) {
      rows[cursor[slotOfPair[pairData[i]!]! - 1]!++] = row;
    }
  }
  return { pair, start, rows };
}
