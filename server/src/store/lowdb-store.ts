import type { CreditStore, EngineRecord } from '@creditkit/core';
import { Low } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonFile } from './durable-file';
import { GroupCommit } from './group-commit';
import {
  checkManifest,
  FORMAT,
  listSegments,
  MANIFEST_FILE,
  type Manifest,
  OpenSegment,
  readSegments,
  segmentFile,
} from './segments';

export interface LowdbStoreOptions {
  /**
   * Records per segment file before it is sealed and a new one opened. A write rewrites only the
   * open segment, so this bounds the cost of one write whatever the history. Default 1000; only
   * used when the folder is created (an existing folder keeps its own).
   */
  maxRecordsPerSegment?: number;
}

/**
 * The embedded store: the engine's record log in a data folder of lowdb JSON documents.
 *
 * - Atomic and durable: every file is replaced through a fsynced temporary file and a rename,
 *   and the folder is fsynced (see `writeFileDurably`); `append` resolves only after that.
 * - Group commit: appends that arrive while a write is in flight share the next write.
 * - Partitioned: records go to append-only segments of at most `maxRecordsPerSegment` records;
 *   only the open segment is rewritten, so a write's cost does not grow with history. The
 *   manifest (a lowdb document) lists the sealed segments and their counts, so a missing or
 *   truncated one is detected at start-up instead of silently dropping history.
 */
export class LowdbStore implements CreditStore {
  readonly dataDir: string;
  readonly #manifest: Low<Manifest>;
  readonly #commit: GroupCommit<string[]>;
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

  /** Opens (creating when missing) a data folder and reads its whole log. */
  static async open(dataDir: string, options: LowdbStoreOptions = {}): Promise<LowdbStore> {
    await mkdir(dataDir, { recursive: true });
    const manifest = new Low<Manifest>(new DurableJsonFile<Manifest>(join(dataDir, MANIFEST_FILE)), {
      format: FORMAT,
      version: 1,
      maxRecordsPerSegment: options.maxRecordsPerSegment ?? 1000,
      sealed: [],
    });
    const numbers = await listSegments(dataDir);
    await manifest.read();
    checkManifest(manifest.data, dataDir);
    const contents = (await readSegments(dataDir, numbers)) as EngineRecord[][];
    manifest.data.sealed.forEach(({ file, records }, index) => {
      if (file !== segmentFile(index + 1) || contents[index]?.length !== records) {
        throw new Error(
          `The data file ${join(dataDir, file)} should hold ${records} records but holds ${contents[index]?.length ?? 'none'}; restore it from a backup or start with --reset.`,
        );
      }
    });
    // Segments filled by a write that crashed before the manifest was updated: seal them now.
    const unsealed = numbers.slice(manifest.data.sealed.length, -1);
    for (const number of unsealed) {
      manifest.data.sealed.push({ file: segmentFile(number), records: contents[number - 1]!.length });
    }
    if (unsealed.length > 0 || numbers.length === 0) await manifest.write();
    // A segment is sealed only after its successor is on disk, so the open one must be there.
    if (manifest.data.sealed.length > 0 && manifest.data.sealed.length >= numbers.length) {
      throw new Error(
        `The data folder ${dataDir} is missing ${segmentFile(numbers.length + 1)}, the segment written after the last sealed one; restore it from a backup or start with --reset.`,
      );
    }
    const last = contents.at(-1) ?? [];
    const open = new OpenSegment(
      Math.max(numbers.length, 1),
      last.map((record) => JSON.stringify(record)),
    );
    return new LowdbStore(dataDir, manifest, open, contents.flat());
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
    const lines = records.map((record) => JSON.stringify(record));
    this.#count += records.length;
    return this.#commit.submit(lines);
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
  close(): Promise<void> {
    return this.#commit.idle();
  }

  async #write(batch: string[][]): Promise<void> {
    const max = this.#manifest.data.maxRecordsPerSegment;
    const touched: OpenSegment[] = [];
    for (const group of batch) {
      // One append never spans two files, so a crash between files cannot split a command.
      if (this.#open.lines.length > 0 && this.#open.lines.length + group.length > max) {
        touched.push(this.#open);
        this.#open = new OpenSegment(this.#open.number + 1);
      }
      this.#open.lines.push(...group);
    }
    // In order, each durable before the next, so a crash leaves a prefix of this write.
    for (const segment of [...touched, this.#open]) await segment.write(this.dataDir);
    if (touched.length > 0) {
      for (const segment of touched)
        this.#manifest.data.sealed.push({ file: segment.file, records: segment.lines.length });
      await this.#manifest.write();
    }
  }
}
