import type { Adapter } from 'lowdb';
import fs from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` with `text` so that after a crash it holds either the old or the new content,
 * and once this resolves the new content survives a power cut.
 *
 * lowdb's own writer (steno) writes a temporary file and renames it over the target, which gives
 * atomicity but not durability: it never fsyncs, so the rename can reach the disk before the
 * data (a zero-length file after a crash) and the rename itself can be lost. Here the temporary
 * file is fsynced before the rename and the folder after it. The temporary name is steno's
 * (`.name.tmp`) so a leftover from either is recognised as such.
 */
export async function writeFileDurably(file: string, text: string, mode = 0o644): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncFolder(dirname(file));
}

/** Makes a folder's entries (a rename, a new file) durable. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads a JSON file, or `null` when it does not exist; a file that does not parse is named. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `The data file ${file} is not valid JSON (${(error as Error).message}); restore it from a backup or start with --reset.`,
      { cause: error },
    );
  }
}

/** A lowdb adapter for a small JSON document (the manifest), written durably. */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    return (await readJsonFile(this.file)) as T | null;
  }

  write(data: T): Promise<void> {
    return writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

/**
 * A file that only grows: each `append` is one write at the end followed by `fdatasync`, so once
 * it resolves the bytes survive a power cut, and a crash can only cut the last append short.
 * Its cost is that of the bytes appended, whatever the file already holds.
 */
export class AppendOnlyFile {
  #fd: number | null = null;

  constructor(readonly file: string) {}

  /** Creates the file when missing and makes its name durable. */
  async create(): Promise<void> {
    const handle = await open(this.file, 'a');
    await handle.sync();
    await handle.close();
    await syncFolder(dirname(this.file));
  }

  /** Cuts a torn tail off (see `parseLogSegment`), durably, before anything is appended. */
  async truncate(length: number): Promise<void> {
    const handle = await open(this.file, 'r+');
    try {
      await handle.truncate(length);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async append(bytes: Buffer): Promise<void> {
    const fd = (this.#fd ??= await fdOpen(this.file));
    // Into the page cache at once (microseconds; no round trip through the thread pool), then
    // the one slow step, the fdatasync, off the event loop.
    for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(fd, bytes, offset);
    await fdDatasync(fd);
    // An open descriptor outlives its file: writes to a deleted folder would "succeed" unseen.
    if (fs.fstatSync(fd).nlink === 0) throw new Error(`${this.file} was deleted while the server was writing it`);
  }

  async close(): Promise<void> {
    const fd = this.#fd;
    this.#fd = null;
    if (fd !== null) await new Promise<void>((resolve, reject) => fs.close(fd, (e) => (e ? reject(e) : resolve())));
  }
}

const fdOpen = (file: string) =>
  new Promise<number>((resolve, reject) => fs.open(file, 'a', (e, fd) => (e ? reject(e) : resolve(fd))));
const fdDatasync = (fd: number) =>
  new Promise<void>((resolve, reject) => fs.fdatasync(fd, (e) => (e ? reject(e) : resolve())));
