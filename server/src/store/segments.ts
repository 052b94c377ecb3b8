import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readJsonFile, writeFileDurably } from './durable-file';

/*
 * The data folder:
 *   manifest.json            format, segment size, and the sealed segments with their counts
 *   segment-00000001.json    { "records": [ …one record per line… ] }, append-only
 *   segment-00000002.json    …the last one is open: the only file a write rewrites
 */

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'creditkit-record-log';

export interface SealedSegment {
  file: string;
  records: number;
}

export interface Manifest {
  format: typeof FORMAT;
  version: 1;
  /** A segment is sealed once it holds this many records; only the open one is ever rewritten. */
  maxRecordsPerSegment: number;
  sealed: SealedSegment[];
}

const SEGMENT_NAME = /^segment-(\d{8})\.json$/;

export const segmentFile = (number: number) => `segment-${String(number).padStart(8, '0')}.json`;

export function segmentNumber(file: string): number | null {
  const match = SEGMENT_NAME.exec(file);
  return match ? Number(match[1]) : null;
}

/** An open segment in memory: its records already serialized, one JSON text each. */
export class OpenSegment {
  readonly lines: string[];
  constructor(
    readonly number: number,
    lines: string[] = [],
  ) {
    this.lines = lines;
  }

  get file(): string {
    return segmentFile(this.number);
  }

  /** The whole file: one record per line, so a person can read it and a diff stays small. */
  text(): string {
    return this.lines.length === 0 ? '{ "records": [] }\n' : `{ "records": [\n${this.lines.join(',\n')}\n] }\n`;
  }

  write(dataDir: string): Promise<void> {
    return writeFileDurably(join(dataDir, this.file), this.text());
  }
}

/** The segment files present, in order, with a sentence for any gap in the numbering. */
export async function listSegments(dataDir: string): Promise<number[]> {
  const numbers = (await readdir(dataDir))
    .map(segmentNumber)
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b);
  numbers.forEach((number, index) => {
    if (number !== index + 1) {
      throw new Error(
        `The data folder ${dataDir} is missing ${segmentFile(index + 1)} (found ${segmentFile(number)}); restore it from a backup or start with --reset.`,
      );
    }
  });
  return numbers;
}

/** Reads one segment's records, checking its shape so a damaged file is named, not half-used. */
export async function readSegment(dataDir: string, number: number): Promise<unknown[]> {
  const file = join(dataDir, segmentFile(number));
  const document = (await readJsonFile(file)) as { records?: unknown } | null;
  if (!document || !Array.isArray(document.records)) {
    throw new Error(`The data file ${file} has no "records" list; restore it from a backup or start with --reset.`);
  }
  return document.records as unknown[];
}

/** Reads many segments with a few reads in flight, keeping their order. */
export async function readSegments(dataDir: string, numbers: number[], concurrency = 8): Promise<unknown[][]> {
  const out: unknown[][] = new Array<unknown[]>(numbers.length);
  let next = 0;
  const worker = async () => {
    while (next < numbers.length) {
      const index = next++;
      out[index] = await readSegment(dataDir, numbers[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, numbers.length) }, worker));
  return out;
}

export function checkManifest(value: unknown, dataDir: string): Manifest {
  const manifest = value as Partial<Manifest> | null;
  if (
    !manifest ||
    manifest.format !== FORMAT ||
    manifest.version !== 1 ||
    !Number.isInteger(manifest.maxRecordsPerSegment) ||
    !Array.isArray(manifest.sealed)
  ) {
    throw new Error(
      `${join(dataDir, MANIFEST_FILE)} is not a creditkit data manifest (format ${FORMAT}, version 1); point --data-dir at a creditkit data folder or start with --reset.`,
    );
  }
  return manifest as Manifest;
}
