import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/** Debian's Chromium, driven by Playwright (which never downloads a browser here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ headless: true, ...chromiumLaunchOptions() });
}
