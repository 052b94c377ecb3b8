// `npm run bench`: every row of SPEC §6, each beside a baseline measured in the same run.
// Writes bench/results/latest.json and BENCHMARKS.md, and prints the table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdown, machine, type Row } from './report';
import { bundleRows } from './rows-bundle';
import { coreRows } from './rows-core';
import { httpRows } from './rows-http';
import { liveRows } from './rows-live';
import { chartRows, grantsRows } from './rows-ui';
import { storageRows } from './rows-storage';

const root = fileURLToPath(new URL('..', import.meta.url));

type Group = { name: string; run: () => Promise<Row[]> };

const groups: Group[] = [
  { name: 'bundle weight', run: bundleRows },
  { name: 'engine in process', run: coreRows },
  { name: 'http load', run: httpRows },
  { name: 'storage', run: storageRows },
  { name: 'live update', run: liveRows },
  { name: 'ui in chromium: chart', run: chartRows },
  { name: 'ui in chromium: grants', run: grantsRows },
];

const only = process.argv.slice(2);
const rows: Row[] = [];
const failed: { group: string; error: string }[] = [];
const started = Date.now();
for (const group of groups) {
  if (only.length && !only.some((o) => group.name.includes(o))) continue;
  process.stdout.write(`· ${group.name} … `);
  const t0 = Date.now();
  try {
    const result = await group.run();
    rows.push(...result);
    console.log(`${result.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failed.push({ group: group.name, error: message });
    console.log(`failed: ${message}`);
  }
}

const when = new Date().toISOString();
const meta = machine();
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(
  `${root}bench/results/latest.json`,
  `${JSON.stringify({ when, durationSeconds: (Date.now() - started) / 1000, machine: meta, rows, failed }, null, 2)}\n`,
);
const md =
  markdown(rows, meta, when) +
  (failed.length
    ? `\n## Not measured in this run\n\n${failed.map((f) => `- ${f.group}: ${f.error}`).join('\n')}\n`
    : '');
if (!only.length) writeFileSync(`${root}BENCHMARKS.md`, md);
console.log(`\n${md}`);
if (failed.length) process.exitCode = 1;
