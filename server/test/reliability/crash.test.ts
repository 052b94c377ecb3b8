// SPEC §6: the real server process, killed with SIGKILL under write load and restarted on the
// same data folder, has every write it acknowledged, data that parses, and its invariants.
import { CreditEngine, ManualClock } from '@creditkit/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store';
import { TEST_SECRET_KEY } from '../helpers/app';
import { CURRENCY, CUSTOMER_A, defineBasics, expectPoolInvariants, FEATURE, poolA } from '../helpers/fixture';
import { send } from '../helpers/http';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const headers = { authorization: `Bearer ${TEST_SECRET_KEY}` };
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creditkit-crash-'));
  // Small segments, so a kill can also land between sealing a segment and updating the manifest.
  const store = await LowdbStore.open(dir, { maxRecordsPerSegment: 40 });
  const engine = await CreditEngine.open({ store, clock: new ManualClock('2020-01-01T00:00:00Z') });
  await defineBasics(engine, '1000000');
  await store.close();
});
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** `server/src/main.ts` in its own Node process (tsx as a loader, so SIGKILL reaches the server itself). */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@creditkit/source', 'server/src/main.ts', '--port', '0', '--data-dir', dir],
    { cwd: root, env: { ...process.env, CREDITKIT_SECRET_KEY: TEST_SECRET_KEY }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return { url, child };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** Every manifest and segment parses; with `tornTail`, the open segment may end in a cut-off line. */
async function expectDataParses(tornTail: boolean): Promise<void> {
  const files = (await readdir(dir)).filter((f) => !f.startsWith('.')).sort();
  const logs = files.filter((f) => f.endsWith('.jsonl'));
  expect(logs.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    if (file.endsWith('.json')) JSON.parse(text);
    if (!file.endsWith('.jsonl')) continue;
    const lines = text.split('\n');
    const tail = lines.pop();
    if (!(tornTail && file === logs.at(-1))) expect(tail, file).toBe('');
    for (const line of lines) expect(Array.isArray(JSON.parse(line))).toBe(true);
  }
}

const event = (key: string) => ({ customerId: CUSTOMER_A, featureId: FEATURE, value: '1', idempotencyKey: key });

describe('a crash under write load', () => {
  it('loses no acknowledged write, and restarts on data that parses and holds its invariants', async () => {
    const first = await startServer();
    const acknowledged = new Map<string, string>(); // idempotency key → event id
    const grants = new Map<string, string>(); // idempotency key → grant id
    let killed = false;

    // Single events, batches and grants from 12 concurrent writers until the process dies.
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        try {
          if (w % 4 === 0) {
            const events = Array.from({ length: 25 }, (_, j) => event(`b${w}-${i}-${j}`));
            const res = await send<{ results: { ok: boolean; result: { eventId: string } }[] }>(
              first.url,
              'POST',
              '/v1/usage/batch',
              { headers, body: { events } },
            );
            if (res.status === 200) {
              res.body.results.forEach((r, j) => r.ok && acknowledged.set(events[j]!.idempotencyKey, r.result.eventId));
            }
          } else if (w % 4 === 1) {
            const key = `g${w}-${i}`;
            const res = await send<{ id: string }>(first.url, 'POST', `/v1/customers/${CUSTOMER_A}/grants`, {
              headers,
              body: { currencyId: CURRENCY, amount: '2', reason: 'crash test', idempotencyKey: key },
            });
            if (res.status === 201) grants.set(key, res.body.id);
          } else {
            const key = `s${w}-${i}`;
            const res = await send<{ eventId: string }>(first.url, 'POST', '/v1/usage', { headers, body: event(key) });
            if (res.status === 200) acknowledged.set(key, res.body.eventId);
          }
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const writers = Array.from({ length: 12 }, (_, w) => writer(w));
    const started = Date.now();
    while (acknowledged.size < 400 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await exited(first.child);
    await Promise.all(writers);
    expect(acknowledged.size).toBeGreaterThanOrEqual(100);

    // Every file of the data folder parses (a temporary file may be torn: it is ignored by design).
    // In the log segments every ended line parses; only the open segment may end in a line the kill
    // cut short (a write never acknowledged), which the restart cuts off.
    await expectDataParses(true);

    // The restarted server knows every acknowledged event: sent again, each is a duplicate of itself.
    const second = await startServer();
    const keys = [...acknowledged.keys()];
    for (let i = 0; i < keys.length; i += 1000) {
      const slice = keys.slice(i, i + 1000);
      const res = await send<{ results: { ok: boolean; result: { eventId: string; duplicate: boolean } }[] }>(
        second.url,
        'POST',
        '/v1/usage/batch',
        { headers, body: { events: slice.map(event) } },
      );
      expect(res.status).toBe(200);
      res.body.results.forEach((r, j) => {
        expect(r, slice[j]).toMatchObject({
          ok: true,
          result: { duplicate: true, eventId: acknowledged.get(slice[j]!) },
        });
      });
    }
    for (const [key, id] of grants) {
      const res = await send<{ id: string }>(second.url, 'POST', `/v1/customers/${CUSTOMER_A}/grants`, {
        headers,
        body: { currencyId: CURRENCY, amount: '2', reason: 'crash test', idempotencyKey: key },
      });
      expect(res.body.id, key).toBe(id);
    }
    second.child.kill('SIGTERM');
    await exited(second.child);
    await expectDataParses(false);

    // And the folder replays into an engine whose pools hold the invariants.
    // (The server ran on the real clock; reading the folder back at that time changes nothing.)
    const engine = await CreditEngine.open({ store: await LowdbStore.open(dir), clock: new ManualClock(new Date()) });
    expectPoolInvariants(engine, poolA);
    const consumed = engine.listLedger({ ...poolA, types: ['consumption'], limit: 500 });
    expect(consumed.items.length).toBeGreaterThan(0);
  }, 120_000);
});
