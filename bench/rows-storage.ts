// Storage rows of SPEC §6: the cost of one write must stay flat as history grows, and the
// server must start quickly on a data folder holding 1M events.
import { api, percentile, SECRET_KEY, usageEvent } from './load';
import { row, type Row } from './report';
import { startServerProcess } from './server-process';
import { benchCustomer } from './rows-http';

const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const SAMPLES = 300;

/** Latency of single durable writes, one after another (each waits for its acknowledgement). */
async function writeLatencies(base: string, customerId: string, featureId: string, start: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    await api(base, 'POST', '/v1/usage', usageEvent(customerId, featureId, start + i));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Fills the store up to `total` events with concurrent batches of 1,000. */
async function fill(base: string, customerId: string, featureId: string, from: number, total: number): Promise<void> {
  let next = from;
  const worker = async () => {
    while (next < total) {
      const start = next;
      next += 1000;
      const events = Array.from({ length: Math.min(1000, total - start) }, (_, i) =>
        usageEvent(customerId, featureId, start + i),
      );
      await api(base, 'POST', '/v1/usage/batch', { events });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

export async function storageRows(): Promise<Row[]> {
  const env = { CREDITKIT_SECRET_KEY: SECRET_KEY };
  const empty = await startServerProcess({ env, args: ['--no-seed'] });
  const emptyStartup = empty.startupMs;
  await empty.stop();

  const server = await startServerProcess({ env });
  let restarted: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    const { customerId, featureId } = await benchCustomer(server.url, 'bench-storage');
    await fill(server.url, customerId, featureId, 0, 10_000);
    const at10k = await writeLatencies(server.url, customerId, featureId, 20_000_000);
    await fill(server.url, customerId, featureId, 10_000, TARGET_EVENTS);
    const at1m = await writeLatencies(server.url, customerId, featureId, 30_000_000);
    await server.stop({ keepData: true });

    restarted = await startServerProcess({ env, dataDir: server.dataDir });
    const millions = `${(TARGET_EVENTS / 1e6).toLocaleString('en-US')}M`;
    return [
      row({
        id: 'storage.write.flat',
        label: `one durable write (p50) with ${millions} stored events`,
        value: percentile(at1m, 50),
        unit: 'ms',
        baseline: { label: 'the same with 10k stored', value: percentile(at10k, 50) },
        target: { op: '<=', value: 1.5, on: 'ratio' },
        note: `p95 ${percentile(at1m, 95).toFixed(2)} ms at ${millions} vs ${percentile(at10k, 95).toFixed(2)} ms at 10k; ${SAMPLES} sequential writes each`,
      }),
      row({
        id: 'storage.startup',
        label: `server start-up on a data folder with ${millions} events`,
        value: restarted.startupMs,
        unit: 'ms',
        baseline: { label: 'start-up on an empty folder', value: emptyStartup },
        target: { op: '<', value: 10_000 },
      }),
    ];
  } finally {
    await server.stop();
    await restarted?.stop();
  }
}
