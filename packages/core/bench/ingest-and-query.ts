/**
 * In-process benchmark of the credit engine (`npm run bench:core`).
 *
 * 1. Ingestion: 1M usage events (90 days, 5 features, 3 resources, 4 dimensions) reported one by
 *    one through `CreditEngine.reportUsage` on a `MemoryStore`, each result then added to a
 *    `UsageIndex` (the engine does not feed one itself yet; once it does, drop that `add` here and
 *    query through the engine); beside it, `UsageIndex.add` alone and a plain loop pushing the same
 *    objects into an array.
 * 2. Query: a 90-day, day-granularity usage query over all pools (all 1M events), grouped by one
 *    dimension with one filter, repeated over varied keys and values; beside it, a naive full scan
 *    of the same facts answering the same question.
 *
 * Prints the figures and writes them to `bench/results/core.json`. Bounded: ingestion stops at
 * its deadline and reports the rate reached; the whole run stays under two minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { CreditEngine, ManualClock, MemoryStore, parseDecimal, UsageIndex, type UsageFact } from '@creditkit/core';
import { cpuMs, naiveQuery, percentile } from './naive';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const INGEST_DEADLINE_MS = 60_000;
const QUERY_RUNS = 60;
const BASELINE_QUERY_RUNS = 5;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const SPAN = 90 * DAY;
const PRECISION = 3;

const features = ['chat', 'completion', 'embedding', 'image', 'voice'];
const resources = ['ws-alpha', 'ws-beta', 'ws-gamma'];
const values = {
  user_id: Array.from({ length: 50 }, (_, i) => `user_${i}`),
  model: ['large', 'medium', 'small', 'vision', 'audio', 'embed'],
  region: ['us-east', 'us-west', 'eu-west', 'ap-south'],
  source: ['api', 'web', 'batch'],
};
type Key = keyof typeof values;
const keys = Object.keys(values) as Key[];

/* ------------------------------------------------------------ data */

let seed = 0x2f6b1d;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4_294_967_296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const iso = (ms: number) => new Date(ms).toISOString();
const events = Array.from({ length: EVENTS }, (_, i) => ({
  customerId: 'cus_bench',
  resourceId: pick(resources),
  featureId: pick(features),
  value: String(1 + Math.floor(random() * 2000)),
  // In time order, as a live system receives them.
  timestamp: iso(START + Math.floor((i / EVENTS) * SPAN)),
  idempotencyKey: `evt_${i}`,
  dimensions: {
    user_id: pick(values.user_id),
    model: pick(values.model),
    region: pick(values.region),
    source: pick(values.source),
  },
}));

/* ------------------------------------------------------------ ingestion */

const clock = new ManualClock(iso(START + SPAN));
const engine = await CreditEngine.open({ store: new MemoryStore(), clock });
const admin = { type: 'admin', id: 'bench' } as const;
await engine.defineCurrency({
  id: 'tokens',
  displayName: 'AI Tokens',
  unitSingular: 'token',
  unitPlural: 'tokens',
  precision: PRECISION,
  enforcement: 'hard',
});
for (const id of features) await engine.defineFeature({ id, currencyId: 'tokens', displayName: id, rate: '0.002' });
await engine.createCustomer({ id: 'cus_bench', name: 'Bench Inc.' });
for (const id of resources) {
  await engine.createResource({ customerId: 'cus_bench', id, name: id });
  await engine.createGrant({
    customerId: 'cus_bench',
    currencyId: 'tokens',
    resourceId: id,
    type: 'paid',
    amount: '1000000000',
    effectiveAt: iso(START - DAY),
    actor: admin,
  });
}

const baselineStart = performance.now();
const copies: unknown[] = [];
for (const event of events) copies.push({ ...event });
const baselineRate = EVENTS / ((performance.now() - baselineStart) / 1000);
copies.length = 0;

const index = new UsageIndex();
const facts: UsageFact[] = [];
const ingestStart = performance.now();
const ingestCpu = cpuMs();
let ingested = 0;
for (const event of events) {
  const result = await engine.reportUsage(event);
  facts.push({
    customerId: result.customerId,
    currencyId: result.currencyId,
    resourceId: result.resourceId,
    featureId: result.featureId,
    at: Date.parse(event.timestamp),
    units: parseDecimal(result.credits, PRECISION),
    dimensions: event.dimensions,
  });
  index.add(facts[ingested]!);
  ingested++;
  if ((ingested & 4095) === 0 && performance.now() - ingestStart > INGEST_DEADLINE_MS) break;
}
const engineSeconds = (performance.now() - ingestStart) / 1000;
const engineRate = ingested / engineSeconds;
const engineCpuRate = ingested / ((cpuMs() - ingestCpu) / 1000);

const addOnly = new UsageIndex();
const addStart = performance.now();
const addCpu = cpuMs();
for (const fact of facts) addOnly.add(fact);
const addRate = facts.length / ((performance.now() - addStart) / 1000);
const addCpuRate = facts.length / ((cpuMs() - addCpu) / 1000);

/* ------------------------------------------------------------ query */

function queryFor(run: number) {
  const groupKey = keys[run % keys.length]!;
  const filterKey =
    keys[(run + 1 + (run >> 2)) % keys.length] === groupKey
      ? keys[(run + 2) % keys.length]!
      : keys[(run + 1 + (run >> 2)) % keys.length]!;
  return {
    customerId: 'cus_bench',
    currencyId: 'tokens',
    resourceId: '*' as const,
    from: START,
    to: START + SPAN,
    granularity: 'day' as const,
    groupBy: 'dimension' as const,
    dimension: groupKey,
    filters: { [filterKey]: [values[filterKey][run % values[filterKey].length]!] },
    precision: PRECISION,
    maxSeries: 10,
  };
}

const latencies: number[] = [];
const cpuLatencies: number[] = [];
for (let run = 0; run < QUERY_RUNS; run++) {
  const params = queryFor(run);
  const started = performance.now();
  const startedCpu = cpuMs();
  index.query(params);
  latencies.push(performance.now() - started);
  cpuLatencies.push(cpuMs() - startedCpu);
}
const baselineLatencies: number[] = [];
for (let run = 0; run < BASELINE_QUERY_RUNS; run++) {
  const params = queryFor(run);
  const started = performance.now();
  const expected = naiveQuery(facts, params);
  baselineLatencies.push(performance.now() - started);
  const actual = index.query(params);
  if (actual.total !== expected.total)
    throw new Error(`Index and full scan disagree: ${actual.total} vs ${expected.total}.`);
}

/* ------------------------------------------------------------ report */

const round = (n: number) => Math.round(n * 100) / 100;
const results = {
  machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0]!), node: process.version },
  ingestion: {
    events: ingested,
    complete: ingested === EVENTS,
    engineEventsPerSecond: Math.round(engineRate),
    engineEventsPerCpuSecond: Math.round(engineCpuRate),
    usageIndexAddEventsPerSecond: Math.round(addRate),
    usageIndexAddEventsPerCpuSecond: Math.round(addCpuRate),
    baselineArrayPushEventsPerSecond: Math.round(baselineRate),
    target: '>= 200000 events/s through the engine',
    met: engineRate >= 200_000,
  },
  query: {
    description: '90 days, day buckets, all pools, grouped by one dimension, one filter, varied keys and values',
    runs: QUERY_RUNS,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    cpuP50Ms: round(percentile(cpuLatencies, 0.5)),
    cpuP95Ms: round(percentile(cpuLatencies, 0.95)),
    baselineFullScanRuns: BASELINE_QUERY_RUNS,
    baselineFullScanP50Ms: round(percentile(baselineLatencies, 0.5)),
    target: 'p95 < 50 ms',
    met: percentile(latencies, 0.95) < 50,
  },
};
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(
  `machine: ${results.machine.cpus} CPUs, load average ${results.machine.loadAverage1m}; figures are wall time, CPU time of this process beside them for a shared machine`,
);
console.log(
  `ingestion: ${fmt(ingested)} events${ingested < EVENTS ? ` (stopped at the ${INGEST_DEADLINE_MS / 1000} s deadline)` : ''}`,
);
console.log(
  `  engine.reportUsage + usage index: ${fmt(results.ingestion.engineEventsPerSecond)} events/s (target >= 200,000) ${results.ingestion.met ? 'MET' : 'MISSED'}`,
);
console.log(`    (per CPU second of this process: ${fmt(results.ingestion.engineEventsPerCpuSecond)})`);
console.log(
  `  usage index add alone:            ${fmt(results.ingestion.usageIndexAddEventsPerSecond)} events/s (per CPU second: ${fmt(results.ingestion.usageIndexAddEventsPerCpuSecond)})`,
);
console.log(`  baseline, array push of copies:   ${fmt(results.ingestion.baselineArrayPushEventsPerSecond)} events/s`);
console.log(`query (${results.query.description}), ${QUERY_RUNS} runs:`);
console.log(
  `  usage index: p50 ${results.query.p50Ms} ms, p95 ${results.query.p95Ms} ms (target p95 < 50 ms) ${results.query.met ? 'MET' : 'MISSED'}`,
);
console.log(`    (CPU time of this process: p50 ${results.query.cpuP50Ms} ms, p95 ${results.query.cpuP95Ms} ms)`);
console.log(`  baseline, naive full scan: p50 ${results.query.baselineFullScanP50Ms} ms (${BASELINE_QUERY_RUNS} runs)`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/core.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('written to bench/results/core.json');
