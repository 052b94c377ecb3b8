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

  it('has the records on disk, in a file that parses, when append resolves', async () => {
    const { store } = await reopen();
    await store.append([currency(7)]);
    const text = await readFile(join(dir, 'segment-00000001.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({ records: [currency(7)] });
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

  it('acknowledges appends made during a write only with the next write', async () => {
    const { store } = await reopen();
    const first = store.append([currency(1)]);
    await new Promise((resolve) => setImmediate(resolve)); // the first write is now in flight
    const later = Array.from({ length: 50 }, (_, i) => store.append([currency(i + 2)]));
    await first;
    await Promise.all(later);
    expect(store.writes).toBe(2);
  });

  it('seals full segments and rewrites only the open one, so a write does not grow with history', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 10 });
    for (let i = 0; i < 25; i++) await store.append([currency(i)]);
    const before = await stat(join(dir, 'segment-00000001.json'));
    for (let i = 25; i < 95; i++) await store.append([currency(i)]);
    const files = (await readdir(dir)).filter((f) => f.startsWith('segment-')).sort();
    expect(files).toHaveLength(10);
    expect((await stat(join(dir, 'segment-00000001.json'))).mtimeMs).toBe(before.mtimeMs);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.sealed).toHaveLength(9);
    expect(manifest.sealed[0]).toEqual({ file: 'segment-00000001.json', records: 10 });
    const last = JSON.parse(await readFile(join(dir, 'segment-00000010.json'), 'utf8'));
    expect(last.records).toHaveLength(5);
    expect(ids((await reopen()).records)).toEqual(Array.from({ length: 95 }, (_, i) => `cur-${i}`));
  });

  it('never splits one append across two files, and keeps the segment size of the folder', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 10 });
    await store.append([currency(0), currency(1), currency(2)]);
    await store.append(Array.from({ length: 12 }, (_, i) => currency(i + 3)));
    const second = JSON.parse(await readFile(join(dir, 'segment-00000002.json'), 'utf8'));
    expect(second.records).toHaveLength(12);
    const again = await reopen({ maxRecordsPerSegment: 500 });
    await again.store.append([currency(99)]);
    const third = JSON.parse(await readFile(join(dir, 'segment-00000003.json'), 'utf8'));
    expect(third.records).toHaveLength(1);
  });

  it('recovers a write cut off between a full segment and the manifest, ignoring temporary files', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 5 });
    for (let i = 0; i < 12; i++) await store.append([currency(i)]);
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.sealed = manifest.sealed.slice(0, 1);
    await writeFile(manifestFile, JSON.stringify(manifest));
    await writeFile(join(dir, '.segment-00000003.json.tmp'), '{"records":[{"torn');
    const again = await reopen({ maxRecordsPerSegment: 5 });
    expect(again.records).toHaveLength(12);
    await again.store.append([currency(12)]);
    expect(JSON.parse(await readFile(manifestFile, 'utf8')).sealed).toHaveLength(2);
    expect((await reopen()).records).toHaveLength(13);
  });

  it('refuses to start on a damaged folder, naming the file and the way out', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 2 });
    for (let i = 0; i < 7; i++) await store.append([currency(i)]);
    await writeFile(join(dir, 'segment-00000004.json'), '{"records": [');
    await expect(LowdbStore.open(dir)).rejects.toThrow(/segment-00000004\.json is not valid JSON.*--reset/);
    await rm(join(dir, 'segment-00000004.json'));
    await expect(LowdbStore.open(dir)).rejects.toThrow(/missing segment-00000004\.json, the segment written after/);
    await writeFile(join(dir, 'manifest.json'), '{"hello": 1}');
    await expect(LowdbStore.open(dir)).rejects.toThrow(/not a creditkit data manifest/);
  });

  it('detects a sealed segment that lost records', async () => {
    const { store } = await reopen({ maxRecordsPerSegment: 2 });
    for (let i = 0; i < 5; i++) await store.append([currency(i)]);
    await writeFile(join(dir, 'segment-00000001.json'), JSON.stringify({ records: [currency(0)] }));
    await expect(LowdbStore.open(dir)).rejects.toThrow(/should hold 2 records but holds 1/);
  });

  it('stops accepting writes after one fails, with a sentence, so memory never runs ahead of disk', async () => {
    const { store } = await reopen();
    await store.append([currency(1)]);
    await rm(dir, { recursive: true, force: true });
    await expect(store.append([currency(2)])).rejects.toThrow(/could not be written.*restarted/);
    await expect(store.append([currency(3)])).rejects.toThrow(/could not be written/);
  });
});
