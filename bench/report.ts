// One benchmark row: a figure, the baseline measured beside it in the same run, and its target.
import { cpus, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Row {
  id: string;
  /** What a user feels, in words. */
  label: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number };
  /** `value / baseline.value`, computed when there is a baseline. */
  ratio?: number;
  target?: { op: '<=' | '>=' | '<' | '>'; value: number; unit?: string; on?: 'value' | 'ratio' };
  met?: boolean;
  note?: string;
}

export function row(r: Omit<Row, 'ratio' | 'met'>): Row {
  const ratio = r.baseline && r.baseline.value !== 0 ? r.value / r.baseline.value : undefined;
  let met: boolean | undefined;
  if (r.target) {
    const subject = r.target.on === 'ratio' ? ratio : r.value;
    if (subject !== undefined) {
      const t = r.target.value;
      met = { '<=': subject <= t, '>=': subject >= t, '<': subject < t, '>': subject > t }[r.target.op];
    }
  }
  return { ...r, ...(ratio === undefined ? {} : { ratio }), ...(met === undefined ? {} : { met }) };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
};

export function machine() {
  const cpu = cpus();
  return {
    os: type(),
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    versions: Object.fromEntries(
      [
        'react',
        'react-dom',
        '@tanstack/react-query',
        'recharts',
        'express',
        'lowdb',
        'zod',
        'autocannon',
        'playwright',
      ].map((p) => [p, version(p)]),
    ),
  };
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export function markdown(rows: Row[], meta: ReturnType<typeof machine>, when: string): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${when} — ${meta.cores} × ${meta.cpu}, ${meta.memoryGiB} GiB, Node ${meta.node}.`,
    'Every figure stands beside a baseline measured in the same run; targets are from SPEC §6.',
    'Raw results: `bench/results/latest.json`.',
    '',
    '| row | figure | baseline (same run) | ratio | target | met |',
    '| --- | ---: | --- | ---: | --- | :---: |',
  ];
  for (const r of rows) {
    const baseline = r.baseline ? `${r.baseline.label}: ${fmt(r.baseline.value)} ${r.unit}` : '—';
    const target = r.target
      ? `${r.target.on === 'ratio' ? 'ratio ' : ''}${r.target.op} ${fmt(r.target.value)}${r.target.on === 'ratio' ? '' : ` ${r.target.unit ?? r.unit}`}`
      : '—';
    const met = r.met === undefined ? '—' : r.met ? 'yes' : '**no**';
    lines.push(
      `| ${r.label} | ${fmt(r.value)} ${r.unit} | ${baseline} | ${r.ratio === undefined ? '—' : fmt(r.ratio)} | ${target} | ${met} |`,
    );
  }
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    lines.push('', '## Notes', '');
    for (const r of notes) lines.push(`- **${r.label}**: ${r.note}`);
  }
  return `${lines.join('\n')}\n`;
}
