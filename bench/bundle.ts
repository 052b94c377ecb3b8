// Measures what the widgets cost an app: each entry of @creditkit/react bundled and minified the
// way an app's bundler would, with react, react-dom and @tanstack/react-query left to the app.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const reactSrc = join(root, 'packages/react/src');

export const HOST_PROVIDED = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** Budgets from SPEC §6, in gzip bytes. */
export const BUDGETS = {
  /** One widget entry, e.g. CreditBalance. */
  widgetEntry: 8 * 1024,
  /** The whole library without recharts. */
  library: 40 * 1024,
  /**
   * The usage chart's entry without recharts (reported apart): its own code plus react-day-picker
   * and the date-fns it needs, which is most of it. No SPEC figure; set so growth shows up.
   */
  chartEntry: 32 * 1024,
  /**
   * The checkout's entry: two steps (amount with a live quote, card validated as typed), the
   * receipt and the modal dialog with its focus wrap. SPEC §6 sets 8 KB for `CreditBalance`, not
   * for this; set so growth shows up.
   */
  checkoutEntry: 9 * 1024,
} as const;

/** The budget of one widget entry: the chart carries a calendar, the checkout a dialog and a card form, every other entry the 8 KB. */
export const entryBudget = (name: string) =>
  name === 'CreditUsageChart'
    ? BUDGETS.chartEntry
    : name === 'TopUpCheckout'
      ? BUDGETS.checkoutEntry
      : BUDGETS.widgetEntry;

export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
  cssGzip: number;
}

async function measure(name: string, contents: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: reactSrc, loader: 'ts', sourcefile: `${name}.entry.ts` },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@creditkit/source'],
    external,
    outdir: '/virtual',
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  let js = Buffer.alloc(0);
  let css = Buffer.alloc(0);
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.css')) css = Buffer.concat([css, Buffer.from(file.contents)]);
    else js = Buffer.concat([js, Buffer.from(file.contents)]);
  }
  return {
    name,
    minified: js.length,
    gzip: gzipSync(js, { level: 9 }).length,
    cssGzip: gzipSync(css, { level: 9 }).length,
  };
}

/** The widget folders of @creditkit/react that are entries of their own. */
export function widgetEntries(): string[] {
  return readdirSync(reactSrc, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name) && existsSync(join(reactSrc, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

export interface BundleReport {
  widgets: BundleSize[];
  /** Provider + client: what every app pays once, whatever widgets it uses. */
  provider: BundleSize;
  /** Everything in the main entry, recharts left out. */
  library: BundleSize;
  /** recharts itself, reported separately. */
  recharts: BundleSize;
  /** A yardstick measured the same way in the same run: react-dom's client. */
  baselineReactDom: BundleSize;
}

export async function measureBundles(): Promise<BundleReport> {
  const widgets = [];
  for (const name of widgetEntries()) {
    // recharts is reported on its own row, so the chart's entry is measured without it.
    widgets.push(await measure(name, `export * from './${name}/index.ts';`, [...HOST_PROVIDED, 'recharts']));
  }
  return {
    widgets,
    provider: await measure('CreditsProvider', `export { CreditsProvider } from './index.ts';`, HOST_PROVIDED),
    library: await measure('library', `export * from './index.ts';`, [...HOST_PROVIDED, 'recharts']),
    recharts: await measure('recharts', `export * from 'recharts';`, HOST_PROVIDED),
    baselineReactDom: await measure('react-dom/client', `export * from 'react-dom/client';`, ['react']),
  };
}
