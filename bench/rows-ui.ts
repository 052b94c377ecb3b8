// UI rows of SPEC §6, in headless Chromium on a production build: CreditUsageChart 90 days × 10
// series from data ready to painted, a filter change repainted, CreditGrants with 5,000 grants.
import react from '@vitejs/plugin-react';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions, preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import { percentile } from './load';
import { row, type Row } from './report';

const ROUNDS = 7;

export async function uiRows(): Promise<Row[]> {
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
  const browser = await launchChromium();
  try {
    const firstPaint = async (widget: string) => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${base}/?widget=${widget}`);
      await page.waitForFunction(() => window.__bench.firstPaint !== undefined, undefined, { timeout: 30_000 });
      const ms = await page.evaluate(() => window.__bench.firstPaint!);
      return { page, ms };
    };
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
    const grantPaints: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const { page, ms } = await firstPaint('grants');
      grantPaints.push(ms);
      await page.close();
    }
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
    const med = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    const baseline = { label: 'two blank animation frames', value: frame };
    return [
      row({
        id: 'ui.chart.paint',
        label: 'CreditUsageChart 90 days × 10 series: data ready → painted (median)',
        value: med(chartPaints),
        unit: 'ms',
        baseline,
        target: { op: '<', value: 100 },
      }),
      row({
        id: 'ui.chart.filter',
        label: 'CreditUsageChart legend filter change → repainted (median)',
        value: med(toggles),
        unit: 'ms',
        baseline,
        target: { op: '<', value: 50 },
      }),
      row({
        id: 'ui.grants.paint',
        label: 'CreditGrants with 5,000 grants: data ready → first render painted (median)',
        value: med(grantPaints),
        unit: 'ms',
        baseline,
        note: 'SPEC §6 sets no figure for this row; reported so a regression shows',
      }),
    ];
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    await rm(outDir, { recursive: true, force: true });
  }
}
