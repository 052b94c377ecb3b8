import type { CreditStore, EngineRecord } from '@creditkit/core';
import { Low } from 'lowdb';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppendOnlyFile, DurableJsonFile } from './durable-file';
import { GroupCommit } from './group-commit';
import {
  checkManifest,
  FORMAT,
  listSegments,
  MANIFEST_FILE,
  type Manifest,
  parseLogSegment,
  readDocumentSegment,
  segmentFile,
  type SegmentFile,
  VERSION,
} from './segments';

/** Records per segment in a new (or upgraded) folder: appends cost the same however full a segment is. */
const DEFAULT_MAX_RECORDS_PER_SEGMENT = 100_000;

export interface LowdbStoreOptions {
  /**
   * Records per segment file before it is sealed and a new one opened. Default 100,000; only
   * used when the folder is created or upgraded from version 1 (an existing folder keeps its own).
   */
  maxRecordsPerSegment?: number;
}

/** One append, serialized: a line of the log (UTF-8, newline included) and how many records it holds. */
interface Line {
  bytes: Buffer;
  records: number;
}

/** The segment appends go to. */
interface OpenSegment {
  number: number;
  records: number;
  file: AppendOnlyFile;
}

/**
 * The embedded store: the engine's record log in a data folder, with a lowdb manifest.
 *
 * - Append-only and durable: a write appends the new lines to the open segment and fsyncs it;
 *   `append` resolves only after that. A crash can only leave the last line cut short, and
 *   opening the folder cuts such a tail off (it was never acknowledged).
 * - Group commit: appends that arrive while a write is in flight share the next write (one
 *   write and one fsync for all of them).
 * - Partitioned: records go to segments of at most `maxRecordsPerSegment` records; a write
 *   touches only the open one and costs what it appends, so it does not grow with history. The
 *   manifest (a lowdb document) lists the sealed segments and their counts, so a missing or
 *   truncated one is detected at start-up instead of silently dropping history.
 */
export class LowdbStore implements CreditStore {
  readonly dataDir: string;
  readonly #manifest: Low<Manifest>;
  readonly #commit: GroupCommit<Line>;
  #open: OpenSegment;
  #records: EngineRecord[] | null;
  #count: number;

  private constructor(dataDir: string, manifest: Low<Manifest>, open: OpenSegment, records: EngineRecord[]) {
    this.dataDir = dataDir;
    this.#manifest = manifest;
    this.#open = open;
    this.#records = records;
    this.#count = records.length;
    this.#commit = new GroupCommit((batch) => this.#write(batch));
  }

  /** Opens (creating when missing, upgrading a version 1 folder) a data folder and reads its whole log. */
  static async open(dataDir: string, options: LowdbStoreOptions = {}): Promise<LowdbStore> {
    await mkdir(dataDir, { recursive: true });
    const maxRecordsPerSegment = options.maxRecordsPerSegment ?? DEFAULT_MAX_RECORDS_PER_SEGMENT;
    const manifest = new Low<Manifest>(new DurableJsonFile<Manifest>(join(dataDir, MANIFEST_FILE)), {
      format: FORMAT,
      version: VERSION,
      maxRecordsPerSegment,
      sealed: [],
    });
    const segments = await listSegments(dataDir);
    await manifest.read();
    const data = checkManifest(manifest.data, dataDir);
    const contents = await readAll(dataDir, segments);
    data.sealed.forEach(({ file, records }, index) => {
      if (file !== segments[index]?.file || contents[index]?.length !== records) {
        throw new Error(
          `The data file ${join(dataDir, file)} should hold ${records} records but holds ${contents[index]?.length ?? 'none'}; restore it from a backup or start with --reset.`,
        );
      }
    });
    // Segments filled by a write that crashed before the manifest was updated: seal them now.
    let changed = segments.length === 0;
    for (const segment of segments.slice(data.sealed.length, -1)) {
      data.sealed.push({ file: segment.file, records: contents[segment.number - 1]!.length });
      changed = true;
    }
    // A segment is sealed only after its successor is on disk, so the open one must be there.
    if (data.sealed.length > 0 && data.sealed.length >= segments.length) {
      throw new Error(
        `The data folder ${dataDir} is missing ${segmentFile(segments.length + 1)}, the segment written after the last sealed one; restore it from a backup or start with --reset.`,
      );
    }
    const last = segments.at(-1);
    let open: OpenSegment;
    if (last?.kind === 'jsonl') {
      open = { number: last.number, records: contents[last.number - 1]!.length, file: logFile(dataDir, last.number) };
    } else {
      // A new folder, or a version 1 one: its last document is sealed as it is, appends go on in a log.
      if (last) data.sealed.push({ file: last.file, records: contents[last.number - 1]!.length });
      open = { number: (last?.number ?? 0) + 1, records: 0, file: logFile(dataDir, (last?.number ?? 0) + 1) };
      await open.file.create();
      changed = true;
    }
    if (data.version !== VERSION) {
      // Upgraded from version 1: sealed documents stay as they are; segments are logs from now on.
      Object.assign(data, { version: VERSION, maxRecordsPerSegment });
      changed = true;
    }
    if (changed) await manifest.write();
    return new LowdbStore(dataDir, manifest, open, contents.flat() as EngineRecord[]);
  }

  /** Hands the log to the engine once, then lets it go: the engine keeps its own state. */
  load(): Promise<readonly EngineRecord[]> {
    const records = this.#records ?? [];
    this.#records = null;
    return Promise.resolve(records);
  }

  append(records: readonly EngineRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    // Serialized now, not at write time: the caller may go on mutating objects it shares with us.
    this.#count += records.length;
    return this.#commit.submit({ bytes: encodeLine(JSON.stringify(records)), records: records.length });
  }

  /** True when no record has ever been stored: the folder is new. */
  get isEmpty(): boolean {
    return this.#count === 0;
  }

  /** How many physical writes have been made (group commit makes this far below the appends). */
  get writes(): number {
    return this.#commit.writes;
  }

  /** Waits for writes in flight; call before exiting so nothing acknowledged is cut short. */
  async close(): Promise<void> {
    await this.#commit.idle();
    await this.#open.file.close();
  }

  async #write(batch: Line[]): Promise<void> {
    const max = this.#manifest.data.maxRecordsPerSegment;
    let pending: Buffer[] = [];
    for (const line of batch) {
      // One append never spans two files, so a crash between files cannot split a command.
      if (this.#open.records > 0 && this.#open.records + line.records > max) {
        await this.#appendLines(pending);
        pending = [];
        await this.#seal();
      }
      pending.push(line.bytes);
      this.#open.records += line.records;
    }
    await this.#appendLines(pending);
  }

  #appendLines(lines: Buffer[]): Promise<void> {
    if (lines.length === 0) return Promise.resolve();
    return this.#open.file.append(lines.length === 1 ? lines[0]! : Buffer.concat(lines));
  }

  /** Starts the next segment, then records the full one as sealed (in that order: see `open`). */
  async #seal(): Promise<void> {
    const full = this.#open;
    const next: OpenSegment = { number: full.number + 1, records: 0, file: logFile(this.dataDir, full.number + 1) };
    await next.file.create();
    this.#open = next;
    await full.file.close();
    this.#manifest.data.sealed.push({ file: segmentFile(full.number), records: full.records });
    await this.#manifest.write();
  }
}

/**
 * A log line as bytes: the text and its newline, encoded straight into one buffer. Each append is
 * encoded on its own: joining a group commit's lines into one string first makes a string of
 * hundreds of kilobytes, which V8 builds and encodes many times slower than the parts.
 */
function encodeLine(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(text, 'utf8') + 1);
  bytes[bytes.write(text, 0, 'utf8')] = 0x0a;
  return bytes;
}

const logFile = (dataDir: string, number: number) => new AppendOnlyFile(join(dataDir, segmentFile(number)));

/** Reads every segment, a few at a time, in order; cuts a torn tail off the open one. */
async function readAll(dataDir: string, segments: SegmentFile[], concurrency = 8): Promise<unknown[][]> {
  const out = new Array<unknown[]>(segments.length);
  let next = 0;
  const worker = async () => {
    while (next < segments.length) {
      const index = next++;
      const segment = segments[index]!;
      const file = join(dataDir, segment.file);
      if (segment.kind === 'json') {
        out[index] = await readDocumentSegment(file);
        continue;
      }
      const isLast = index === segments.length - 1;
      const log = parseLogSegment(file, await readFile(file), isLast);
      if (log.validBytes < log.totalBytes) await new AppendOnlyFile(file).truncate(log.validBytes);
      out[index] = log.records;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, segments.length) }, worker));
  return out;
}
