import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startStack, type Stack } from './stack';

describe('demo portal against the real engine', () => {
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows the same balance as the engine's balance endpoint", async () => {
    const response = await fetch(
      `${stack.engineUrl}/v1/customers/customer-demo-01/balance?currencyId=cred-type-ai-tokens`,
      { headers: { authorization: `Bearer ${stack.customerToken}` } },
    );
    const { balance } = (await response.json()) as { balance: string };
    const expected = `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(balance as unknown as number)}\u00a0tokens`;

    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(stack.portalUrl);
    const value = page.locator('.ck-credit-balance [data-part="value"]');
    await value.waitFor();
    expect(await value.textContent()).toBe(expected);
  });
});
