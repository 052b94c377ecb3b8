// The account widgets against the real engine: a usage event reported over HTTP reaches the open
// portal through the live stream (no reload), and the resource switch re-scopes every widget.
import type { Balance, UsageResult, Utilization } from '@creditkit/client';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startStack, type Stack } from './stack';

const CUSTOMER = 'customer-demo-01';
const CURRENCY = 'cred-type-ai-tokens';
const RESOURCE = 'project-research';

/** How the portal (en-US) writes an amount of tokens; Intl formats the decimal string exactly. */
const tokens = (amount: string) =>
  `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(amount as `${number}`)}\u00a0tokens`;

describe('account widgets in the portal, against the real engine', () => {
  let stack: Stack;
  let browser: Browser;

  async function engine<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${stack.engineUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect(response.status, `${init.method ?? 'GET'} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
    return (await response.json()) as T;
  }

  async function openPortal(): Promise<Page> {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await page.goto(stack.portalUrl);
    await page.locator('.ck-credit-balance [data-part="value"]').waitFor();
    return page;
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows usage reported elsewhere in the open balance, without a reload', async () => {
    const page = await openPortal();
    const value = page.locator('.ck-credit-balance [data-part="value"]');
    const before = await engine<Balance>(`/v1/customers/${CUSTOMER}/balance?currencyId=${CURRENCY}`);
    await expect.poll(() => value.textContent()).toBe(tokens(before.balance));
    // A marker on the window survives only if the page is never reloaded.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    const result = await engine<UsageResult>('/v1/usage', {
      method: 'POST',
      body: { customerId: CUSTOMER, featureId: 'image-generation', value: '3', idempotencyKey: 'e2e-live-1' },
    });
    expect(result.duplicate).toBe(false);
    expect(result.balanceAfter).not.toBe(before.balance);
    await expect.poll(() => value.textContent(), { timeout: 5_000 }).toBe(tokens(result.balanceAfter));
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.close();
  });

  it('re-scopes every widget when the customer picks a resource', async () => {
    const page = await openPortal();
    const asked: URL[] = [];
    page.on('request', (request) => asked.push(new URL(request.url())));

    await page.getByLabel('Credits for').selectOption(RESOURCE);

    const scoped = `/v1/customers/${CUSTOMER}/balance?currencyId=${CURRENCY}&resourceId=${RESOURCE}`;
    const balance = await engine<Balance>(scoped);
    await expect
      .poll(() => page.locator('.ck-credit-balance [data-part="value"]').textContent())
      .toBe(tokens(balance.balance));

    const utilization = await engine<Utilization>(
      `/v1/customers/${CUSTOMER}/utilization?currencyId=${CURRENCY}&resourceId=${RESOURCE}`,
    );
    await expect
      .poll(() => page.locator('.ck-credit-utilization [data-part="value"]').textContent())
      .toContain(tokens(utilization.used));

    // Every widget asked the engine for the chosen pool, not the whole account.
    for (const route of ['balance', 'utilization', 'grants', 'ledger', 'usage']) {
      await expect
        .poll(() =>
          asked.some(
            (url) =>
              url.pathname === `/v1/customers/${CUSTOMER}/${route}` && url.searchParams.get('resourceId') === RESOURCE,
          ),
        )
        .toBe(true);
    }
    await page.close();
  });
});
