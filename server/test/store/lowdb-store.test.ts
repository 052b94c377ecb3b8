import type { EngineRecord } from '@creditkit/core';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store';

const currency = (n: number): EngineRecord => ({
  type: 'currency.defined',
  at: Date.UTC(2026, 0, 1, 0, 0, n),
  currency: {
    id: `cur-${n}`,
    displayName: `Currency ${n}`,
    unitSingular: 'credit',
    unitPlural: 'credits',
    precision: 2,
    enforcement: 'hard',
    burnDown: 'default',
    lowBalanceThreshold: null,
    checkout: null,
  },
});
const ids = (records: readonly EngineRecord[]) =>
  records.map((r) => (r.type === 'currency.defined' ? r.currency.id : r.type));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creditkit-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The records of a log segment: one JSON array per line, each line ended. */
async function logRecords(file: string): Promise<EngineRecord[]> {
  const text = await readFile(join(dir, file), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .flatMap((line) => JSON.parse(line) as EngineRecord[]);
}

/** A data folder as version 1 wrote it: whole-document segments, the last one open. */
async function writeVersion1Folder(segments: EngineRecord[][], maxRecordsPerSegment: number) {
  const file = (n: number) => `segment-${String(n).padStart(8, '0')}.json`;
  for (const [i, records] of segments.entries()) {
    await writeFile(
      join(dir, file(i + 1)),
      `{ "records": [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n] }\n`,
    );
  }
  const sealed = segments.slice(0, -1).map((records, i) => ({ file: file(i + 1), records: records.length }));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({ format: 'creditkit-record-log', version: 1, maxRecordsPerSegment, sealed }, null, 2),
  );
}

async function reopen(options = {}) {
  const store = await LowdbStore.open(dir, options);
  return { store, records: await store.load() };
}

describe('LowdbStore', () => {
  it('starts empty, and gives back every appended record in order after a reopen', async () => {
    const { store, records } = await reopen();
    expect(records).toEqual([]);
    expect(store.isEmpty).toBe(true);
    await store.append([currency(1), currency(2)]);
    await store.append([currency(3)]);
    expect(store.isEmpty).toBe(false);
    const again = await reopen();
    expect(ids(again.records)).toEqual(['cur-1', 'cur-2', 'cur-3']);
    expect(again.store.isEmpty).toBe(false);
  });

  it('has the records on disk, in lines that parse, when append resolves', async () => {
    const { store } = await reopen();
    await store.append([currency(7)]);
    await store.append([currency(8), currency(9)]);
    expect(await logRecords('segment-00000001.jsonl')).toEqual([currency(7), currency(8), currency(9)]);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'creditkit-record-log', version: 2, sealed: [] });
  });

  it('stores what a record was when appended, even if the caller changes the object later', async () => {
    const { store } = await reopen();
    const record = currency(1);
    const written = store.append([record]);
    if (record.type === 'currency.defined') record.currency.displayName = 'changed';
    await written;
    expect((await reopen()).records).toEqual([currency(1)]);
  });

  it('shares one write among appends that arrive together (group commit)', async () => {
    const { store } = await reopen();
    await Promise.all(Array.from({ length: 300 }, (_, i) => store.append([currency(i)])));
    expect(store.writes).toBeLessThanOrEqual(3);
    expect((await reopen()).records).toHaveLength(300);
  });

  it('keeps text outside ASCII exact when appends of different sizes share one write', async () => {
    const { store } = await reopen();
    const named = (n: number, displayName: string): EngineRecord => {
      const record = currency(n);
      if (record.type === 'currency.defined') record.currency.displayName = displayName;
      return record;
    };
    const written = [
      named(1, 'Crédits'),
      named(2, '点数 🪙'),
      named(3, 'x'.repeat(50_000)),
      named(4, 'Ünits “quoted” \u2028 line'),
    ];
    await Promise.all(written.map((record) => store.append([record])));
    expect(store.writes).toBe(1);
    expect(await logRecords('segment-00000001.jsonl')).toEqual(written);
    expect((await reopen()).records).toEqual(written);
  });

  it('acknowledges appends made during a write only with the next write', async () => {
    const { store } = await reopen();
    const first = store.append([currency(1)]);
    await new Promise((resolve) => setImmediate(resolve)); // the first write is now in flight
    const later = Array.from({ length: 50 }, (_, i) => store.append([currency(i + 2)]));
    await first;
    await Promise.all(later);
    expect(store.writes).toBe(2);
  });

  it('seals full segments and only appends to the open one, so a write does not grow with history', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 10 });
    for (let i = 0; i < 25; i++) await store.append([currency(i)]);
    const before = await stat(join(dir, 'segment-00000001.jsonl'));
    const open = (await stat(join(dir, 'segment-00000003.jsonl'))).size;
    await store.append([currency(25)]);
    // The open segment grew by exactly the new line: nothing already written was written again.
    expect((await stat(join(dir, 'segment-00000003.jsonl'))).size - open).toBe(
      JSON.stringify([currency(25)]).length + 1,
    );
    for (let i = 26; i < 95; i++) await store.append([currency(i)]);
    const files = (await readdir(dir)).filter((f) => f.startsWith('segment-')).sort();
    expect(files).toHaveLength(10);
    expect((await stat(join(dir, 'segment-00000001.jsonl'))).mtimeMs).toBe(before.mtimeMs);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.sealed).toHaveLength(9);
    expect(manifest.sealed[0]).toEqual({ file: 'segment-00000001.jsonl', records: 10 });
    expect(await logRecords('segment-00000010.jsonl')).toHaveLength(5);
    expect(ids((await reopen()).records)).toEqual(Array.from({ length: 95 }, (_, i) => `cur-${i}`));
  });

  it('never splits one append across two files, and keeps the segment size of the folder', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 10 });
    await store.append([currency(0), currency(1), currency(2)]);
    await store.append(Array.from({ length: 12 }, (_, i) => currency(i + 3)));
    expect(await logRecords('segment-00000002.jsonl')).toHaveLength(12);
    const again = await reopen({ maxRecordsPerSegment: 500 });
    await again.store.append([currency(99)]);
    expect(await logRecords('segment-00000003.jsonl')).toHaveLength(1);
  });

  it('recovers a write cut off between a full segment and the manifest, ignoring temporary files', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 5 });
    for (let i = 0; i < 12; i++) await store.append([currency(i)]);
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.sealed = manifest.sealed.slice(0, 1);
    await writeFile(manifestFile, JSON.stringify(manifest));
    await writeFile(join(dir, '.manifest.json.tmp'), '{"format":"creditkit-rec');
    const again = await reopen({ maxRecordsPerSegment: 5 });
    expect(again.records).toHaveLength(12);
    await again.store.append([currency(12)]);
    expect(JSON.parse(await readFile(manifestFile, 'utf8')).sealed).toHaveLength(2);
    expect((await reopen()).records).toHaveLength(13);
  });

  it('cuts off a last line that a crash left torn (it was never acknowledged), and goes on after it', async () => {
    const { store } = await reopen();
    await store.append([currency(1)]);
    await store.append([currency(2), currency(3)]);
    await store.close();
    const file = join(dir, 'segment-00000001.jsonl');
    const whole = await readFile(file, 'utf8');
    await writeFile(file, `${whole}[{"type":"currency.defined","at":17`);
    const again = await reopen();
    expect(ids(again.records)).toEqual(['cur-1', 'cur-2', 'cur-3']);
    expect(await readFile(file, 'utf8')).toBe(whole);
    await again.store.append([currency(4)]);
    expect(ids((await reopen()).records)).toEqual(['cur-1', 'cur-2', 'cur-3', 'cur-4']);
  });

  it('refuses to start on a damaged folder, naming the file and the way out', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 2 });
    for (let i = 0; i < 7; i++) await store.append([currency(i)]);
    // Damage before the end of the open segment is not a torn tail: nothing is cut, the file is named.
    await writeFile(join(dir, 'segment-00000004.jsonl'), '[{"torn": \n' + JSON.stringify([currency(6)]) + '\n');
    await expect(LowdbStore.open(dir)).rejects.toThrow(/segment-00000004\.jsonl has a damaged line at byte 0.*--reset/);
    await rm(join(dir, 'segment-00000004.jsonl'));
    await expect(LowdbStore.open(dir)).rejects.toThrow(/missing segment-00000004\.jsonl, the segment written after/);
    await writeFile(join(dir, 'manifest.json'), '{"hello": 1}');
    await expect(LowdbStore.open(dir)).rejects.toThrow(/not a creditkit data manifest/);
    await writeFile(join(dir, 'manifest.json'), '{"format": "creditkit-record-log", "version": 3}');
    await expect(LowdbStore.open(dir)).rejects.toThrow(/written by a newer creditkit \(version 3\)/);
    await rm(join(dir, 'segment-00000002.jsonl'));
    await expect(LowdbStore.open(dir)).rejects.toThrow(/missing segment-00000002\.jsonl \(found segment-00000003/);
  });

  it('detects a sealed segment that lost records', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 2 });
    for (let i = 0; i < 5; i++) await store.append([currency(i)]);
    await writeFile(join(dir, 'segment-00000001.jsonl'), `${JSON.stringify([currency(0)])}\n`);
    await expect(LowdbStore.open(dir)).rejects.toThrow(/should hold 2 records but holds 1/);
  });

  it('loads a folder written in version 1, and goes on appending to log segments after it', async () => {
    await writeVersion1Folder([[currency(0), currency(1)], [currency(2), currency(3)], [currency(4)]], 2);
    const before = await stat(join(dir, 'segment-00000003.json'));
    const { store, records } = await reopen();
    expect(ids(records)).toEqual(['cur-0', 'cur-1', 'cur-2', 'cur-3', 'cur-4']);
    await store.append([currency(5), currency(6)]);
    await store.append([currency(7)]);
    // The version 1 documents are sealed as they were and never written again.
    expect((await stat(join(dir, 'segment-00000003.json'))).mtimeMs).toBe(before.mtimeMs);
    expect(await logRecords('segment-00000004.jsonl')).toEqual([currency(5), currency(6), currency(7)]);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ version: 2, maxRecordsPerSegment: 100_000 });
    expect(manifest.sealed).toEqual([
      { file: 'segment-00000001.json', records: 2 },
      { file: 'segment-00000002.json', records: 2 },
      { file: 'segment-00000003.json', records: 1 },
    ]);
    expect(ids((await reopen()).records)).toEqual(Array.from({ length: 8 }, (_, i) => `cur-${i}`));
  });

  it('stops accepting writes after one fails, with a sentence, so memory never runs ahead of disk', async () => {
    const { store } = await reopen();
    await store.append([currency(1)]);
    await rm(dir, { recursive: true, force: true });
    await expect(store.append([currency(2)])).rejects.toThrow(/could not be written.*restarted/);
    await expect(store.append([currency(3)])).rejects.toThrow(/could not be written/);
  });
});
