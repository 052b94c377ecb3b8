// UI rows of SPEC §6, in headless Chromium on a production build: CreditUsageChart 90 days × 10
// series from data ready to painted, a filter change repainted, CreditGrants with 5,000 grants.
// Two groups (`chart`, `grants`), so `npm run bench -- grants` measures one widget alone.
import react from '@vitejs/plugin-react';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { build, defaultClientConditions, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import { percentile } from './load';
import { row, type Row } from './report';

const ROUNDS = 7;

interface BenchPage {
  /** Opens `?widget=NAME` and waits for the page's own "data ready → painted" measure. */
  firstPaint: (widget: string) => Promise<{ page: Page; ms: number }>;
  baseline: { label: string; value: number };
}

/** Builds the bench page, serves it, and hands a Chromium on it to `measure`. */
async function withBenchPage(measure: (bench: BenchPage) => Promise<Row[]>): Promise<Row[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'creditkit-bench-ui-'));
  const root = fileURLToPath(new URL('./ui', import.meta.url));
  const config = {
    configFile: false as const,
    root,
    logLevel: 'error' as const,
    plugins: [react()],
    resolve: { conditions: ['@creditkit/source', ...defaultClientConditions] },
  };
  await build({ ...config, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...config,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser: Browser = await launchChromium();
  try {
    const firstPaint = async (widget: string) => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${base}/?widget=${widget}`);
      await page.waitForFunction(() => window.__bench.firstPaint !== undefined, undefined, { timeout: 30_000 });
      const ms = await page.evaluate(() => window.__bench.firstPaint!);
      return { page, ms };
    };
    // Baseline: the same page's cost of one blank frame, measured the same way.
    const blank = await browser.newPage();
    await blank.goto(`${base}/?widget=none`);
    const frame = await blank.evaluate(
      () =>
        new Promise<number>((r) => {
          const t0 = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0)));
        }),
    );
    await blank.close();
    return await measure({ firstPaint, baseline: { label: 'two blank animation frames', value: frame } });
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    await rm(outDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export function chartRows(): Promise<Row[]> {
  return withBenchPage(async ({ firstPaint, baseline }) => {
    const chartPaints: number[] = [];
    const toggles: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const { page, ms } = await firstPaint('chart');
      chartPaints.push(ms);
      toggles.push(
        await page.evaluate(() => (window as unknown as { toggleSeries: () => Promise<number> }).toggleSeries()),
      );
      await page.close();
    }
    return [
      row({
        id: 'ui.chart.paint',
        label: 'CreditUsageChart 90 days × 10 series: data ready → painted (median)',
        value: median(chartPaints),
        unit: 'ms',
        baseline,
        target: { op: '<', value: 100 },
      }),
      row({
        id: 'ui.chart.filter',
        label: 'CreditUsageChart legend filter change → repainted (median)',
        value: median(toggles),
        unit: 'ms',
        baseline,
        target: { op: '<', value: 50 },
      }),
    ];
  });
}

export function grantsRows(): Promise<Row[]> {
  return withBenchPage(async ({ firstPaint, baseline }) => {
    const grantPaints: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const { page, ms } = await firstPaint('grants');
      grantPaints.push(ms);
      await page.close();
    }
    return [
      row({
        id: 'ui.grants.paint',
        label: 'CreditGrants with 5,000 grants: data ready → first render painted (median)',
        value: median(grantPaints),
        unit: 'ms',
        baseline,
        note: 'SPEC §6 sets no figure for this row; reported so a regression shows',
      }),
    ];
  });
}
