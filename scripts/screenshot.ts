// Takes a screenshot of a page in Debian's Chromium so a person can look at it:
//   npx tsx scripts/screenshot.ts URL out.png [--width 1280] [--height 900] [--dark] [--full]
//     [--wait SELECTOR] [--timeout 30000]
// It waits for the page's `load` event, then for SELECTOR to be visible. Not for the network to go
// quiet: the demo portal keeps an event stream open, so its network never does. A page that draws
// after `load` (a Storybook story, the portal's widgets) wants `--wait` naming what to look at.
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/browser';

const USAGE =
  'usage: tsx scripts/screenshot.ts URL OUT.png [--width N] [--height N] [--dark] [--full] [--wait SELECTOR] [--timeout MS]';

/** A mistake in the call: say what it was and how to call the script. */
function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const firstLine = (error: Error) => error.message.split('\n')[0];

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '900' },
      dark: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      wait: { type: 'string' },
      timeout: { type: 'string', default: '30000' },
    },
  });
  if (parsed.positionals.length !== 2) throw new Error('URL and OUT.png are required.');
} catch (error) {
  usageError((error as Error).message);
}
const [url, out] = parsed.positionals as [string, string];
const { width, height, dark, full, wait } = parsed.values;
const timeout = Number(parsed.values.timeout);
if (!(timeout > 0)) usageError(`--timeout takes a number of milliseconds above 0, not "${parsed.values.timeout}".`);

const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme: dark ? 'dark' : 'light',
  });
  const response = await page.goto(url, { waitUntil: 'load', timeout }).catch((error: Error) => {
    throw new Error(`${url} did not load: ${firstLine(error)}`);
  });
  if (response && !response.ok()) throw new Error(`${url} answered ${response.status()}; no screenshot taken.`);
  if (wait !== undefined) {
    await page.waitForSelector(wait, { state: 'visible', timeout }).catch((error: Error) => {
      throw new Error(
        error.name === 'TimeoutError'
          ? `The selector "${wait}" did not appear on ${url} within ${timeout} ms; no screenshot taken.`
          : `--wait "${wait}": ${firstLine(error)}`,
      );
    });
  }
  // Let the last frame's fonts and transitions settle.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: full });
  console.log(out);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
