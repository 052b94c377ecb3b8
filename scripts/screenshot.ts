// Takes a screenshot of a page in Debian's Chromium so a person can look at it:
//   npx tsx scripts/screenshot.ts URL out.png [--width 1280] [--height 900] [--dark] [--full]
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/browser';

const USAGE =
  'usage: tsx scripts/screenshot.ts URL OUT.png [--width N] [--height N] [--dark] [--full] [--wait SELECTOR]';
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
    },
  });
  if (parsed.positionals.length !== 2) throw new Error('URL and OUT.png are required.');
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [url, out] = parsed.positionals as [string, string];
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(parsed.values.width), height: Number(parsed.values.height) },
  colorScheme: parsed.values.dark ? 'dark' : 'light',
});
await page.goto(url, { waitUntil: 'networkidle' });
if (parsed.values.wait) await page.waitForSelector(parsed.values.wait);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: parsed.values.full });
await browser.close();
console.log(out);
