// Finds the Chromium that browser tests, screenshots and benchmarks drive. Playwright never
// downloads a browser here: we use Debian's `chromium` (or CHROMIUM_PATH).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

/** Flags for a headless Chromium as root on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "No Chromium found: run `node scripts/ensure-chromium.mjs` (installs Debian's chromium as root) or set CHROMIUM_PATH.",
    );
  }
  return { executablePath, args: chromiumArgs };
}
