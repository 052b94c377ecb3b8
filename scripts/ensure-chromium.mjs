// Makes sure browser tests have a Chromium: finds one, or installs Debian's as root, or stops
// with a sentence saying how to get one. It never lets the browser tests be skipped silently.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'Browser tests need Chromium and none was found. Install it (Debian: `sudo apt-get install chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium binary, then run `npm test` again.',
    );
    process.exit(1);
  }
  console.log("No Chromium found; installing Debian's chromium with apt-get (once per machine)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  path = findChromium();
  if (!path) {
    console.error(
      'apt-get finished but no Chromium is at /usr/bin/chromium; set CHROMIUM_PATH and run `npm test` again.',
    );
    process.exit(1);
  }
}
console.log(`Browser tests use ${path}`);
