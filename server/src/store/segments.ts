import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readJsonFile } from './durable-file';

/*
 * The data folder:
 *   manifest.json            format, version, segment size, and the sealed segments with their counts
 *   segment-00000001.jsonl   one line per append: a JSON array of the records one command wrote
 *   segment-00000002.jsonl   …the last one is open: the only file a write appends to
 *
 * Version 1 folders kept each segment as one JSON document (`segment-00000001.json`,
 * `{ "records": [ … ] }`) rewritten whole on every write. They still load: their segments are
 * read as they are, and the next write seals the last one and goes on in a version 2 segment.
 */

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'creditkit-record-log';
/** The manifest version this code writes; it reads 1 and 2. */
export const VERSION = 2;

export interface SealedSegment {
  file: string;
  records: number;
}

export interface Manifest {
  format: typeof FORMAT;
  version: 1 | 2;
  /** A segment is sealed once it holds this many records; only the open one is ever written. */
  maxRecordsPerSegment: number;
  sealed: SealedSegment[];
}

/** A segment file: `json` is a version 1 document, `jsonl` a version 2 log of lines. */
export interface SegmentFile {
  number: number;
  file: string;
  kind: 'json' | 'jsonl';
}

const SEGMENT_NAME = /^segment-(\d{8})\.(json|jsonl)$/;

export const segmentFile = (number: number, kind: SegmentFile['kind'] = 'jsonl') =>
  `segment-${String(number).padStart(8, '0')}.${kind}`;

export function parseSegmentName(file: string): SegmentFile | null {
  const match = SEGMENT_NAME.exec(file);
  return match ? { number: Number(match[1]), file, kind: match[2] as SegmentFile['kind'] } : null;
}

/** The segment files present, in order, with a sentence for any gap or double in the numbering. */
export async function listSegments(dataDir: string): Promise<SegmentFile[]> {
  const segments = (await readdir(dataDir))
    .map(parseSegmentName)
    .filter((s): s is SegmentFile => s !== null)
    .sort((a, b) => a.number - b.number);
  segments.forEach((segment, index) => {
    if (segment.number !== index + 1) {
      const problem =
        segment.number === index
          ? `holds both ${segments[index - 1]!.file} and ${segment.file}; keep the one from your backup`
          : `is missing ${segmentFile(index + 1)} (found ${segment.file}); restore it from a backup`;
      throw new Error(`The data folder ${dataDir} ${problem} or start with --reset.`);
    }
  });
  return segments;
}

/** Reads a version 1 segment's records, checking its shape so a damaged file is named, not half-used. */
export async function readDocumentSegment(file: string): Promise<unknown[]> {
  const document = (await readJsonFile(file)) as { records?: unknown } | null;
  if (!document || !Array.isArray(document.records)) {
    throw new Error(`The data file ${file} has no "records" list; restore it from a backup or start with --reset.`);
  }
  return document.records as unknown[];
}

/** What a version 2 segment holds: its records, and where its last complete line ends. */
export interface LogContents {
  records: unknown[];
  /** Bytes of complete, parsed lines; anything after them is a torn tail. */
  validBytes: number;
  totalBytes: number;
}

/**
 * Reads a version 2 segment. Each line is one append, written and fsynced before it was
 * acknowledged. A write cut short by a crash can leave only the last line incomplete; with
 * `tornTail` (the open segment) that line is reported past `validBytes` for the caller to cut
 * off. Any other line that does not parse is damage: the file is named and nothing is used.
 */
export function parseLogSegment(file: string, bytes: Buffer, tornTail: boolean): LogContents {
  const records: unknown[] = [];
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline;
    let line: unknown = undefined;
    try {
      line = JSON.parse(bytes.toString('utf8', start, end));
    } catch {
      // judged below
    }
    const last = newline === -1 || newline === bytes.length - 1;
    if (newline === -1 || !Array.isArray(line)) {
      if (tornTail && last) return { records, validBytes: start, totalBytes: bytes.length };
      throw new Error(
        `The data file ${file} has a damaged line at byte ${start}; restore it from a backup or start with --reset.`,
      );
    }
    for (const record of line as unknown[]) records.push(record);
    start = newline + 1;
  }
  return { records, validBytes: bytes.length, totalBytes: bytes.length };
}

export function checkManifest(value: unknown, dataDir: string): Manifest {
  const manifest = value as Partial<Manifest> | null;
  if (
    !manifest ||
    manifest.format !== FORMAT ||
    (manifest.version !== 1 && manifest.version !== 2) ||
    !Number.isInteger(manifest.maxRecordsPerSegment) ||
    !Array.isArray(manifest.sealed)
  ) {
    const newer =
      manifest?.format === FORMAT && typeof manifest.version === 'number' && manifest.version > VERSION
        ? ` It was written by a newer creditkit (version ${manifest.version}); start that version on it.`
        : '';
    throw new Error(
      `${join(dataDir, MANIFEST_FILE)} is not a creditkit data manifest (format ${FORMAT}, version 1 or 2); point --data-dir at a creditkit data folder or start with --reset.${newer}`,
    );
  }
  return manifest as Manifest;
}
