import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startStack, type Stack } from './stack';

interface UsageAnswer {
  buckets: string[];
  series: { key: string; label: string; points: { credits: string }[]; total: string }[];
  total: string;
}

/** `19,040.930 tokens` and `19040.93` both read `19040.93`: the chart formats, the server does not. */
const decimal = (text: string) => {
  const digits = text.replace(/[^\d.-]/g, '');
  return digits.includes('.') ? digits.replace(/\.?0+$/, '') : digits;
};

// Each test walks several filters, each a round trip and a table read: generous on a busy machine.
describe('CreditUsageChart in the demo portal against the real engine', { timeout: 180_000 }, () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1280, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const chart = () => page.locator('.ck-usage-chart');

  /**
   * Does `action` in the page, catches the usage query the chart sends for it, asks the engine the
   * same question with the same token, and checks the chart's total and every cell of its table
   * against the engine's answer. Returns the query's parameters and the answer.
   */
  async function expectChartToMatchServer(
    action: () => Promise<unknown>,
  ): Promise<{ params: URLSearchParams; answer: UsageAnswer }> {
    const request = page.waitForRequest((r) => new URL(r.url()).pathname.endsWith('/usage'));
    await action();
    const url = new URL((await request).url());
    const response = await fetch(url, { headers: { authorization: `Bearer ${stack.customerToken}` } });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as UsageAnswer;
    expect(Number(answer.total)).toBeGreaterThan(0);

    const total = chart().locator('[data-part="total"] .ck-usage-chart__total-value');
    await expect.poll(async () => decimal((await total.textContent()) ?? '')).toBe(decimal(answer.total));

    await chart().getByRole('radio', { name: 'Table' }).check();
    const table = chart().getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(1, -1)).toEqual(answer.series.map((s) => s.label));
    const rows = await table.locator('tbody tr').all();
    expect(rows).toHaveLength(answer.buckets.length);
    for (const [row, tr] of rows.entries()) {
      const cells = (await tr.locator('td').allTextContents()).map(decimal);
      expect(cells.slice(0, -1)).toEqual(answer.series.map((s) => decimal(s.points[row]!.credits)));
    }
    const footer = (await table.locator('tfoot td').allTextContents()).map(decimal);
    expect(footer).toEqual([...answer.series.map((s) => decimal(s.total)), decimal(answer.total)]);
    await chart().getByRole('radio', { name: 'Chart' }).check();
    return { params: url.searchParams, answer };
  }

  it("shows the seeded usage by feature over the last 30 days, as the engine's usage query answers it", async () => {
    const { params } = await expectChartToMatchServer(() => page.goto(stack.portalUrl));
    expect(Object.fromEntries(params)).toMatchObject({ granularity: 'day', groupBy: 'feature' });
    expect(params.has('resourceId') || params.has('allPools')).toBe(false);
    // One path per series holds that series' bars; the seeded 30 days use at least three features.
    await expect.poll(() => chart().locator('[data-part="bars"] path:not([d=""])').count()).toBeGreaterThan(2);
  });

  it('groups by model over the last 7 days, filtered to one region', async () => {
    await expectChartToMatchServer(() => chart().getByRole('combobox', { name: 'Range' }).selectOption('Last 7 days'));
    await expectChartToMatchServer(() => chart().getByRole('combobox', { name: 'Group by' }).selectOption('model'));
    const filters = chart().getByRole('group', { name: 'Filters' });
    await filters.locator('summary', { hasText: 'region' }).click();
    const { params } = await expectChartToMatchServer(() =>
      filters.getByRole('checkbox', { name: 'eu-west-1' }).check(),
    );
    expect(params.get('groupBy')).toBe('model');
    expect(params.getAll('filter')).toEqual(['region:eu-west-1']);
    await filters.locator('summary', { hasText: 'region' }).click();
  });

  it('reads one resource pool over 90 days by week, grouped by user with a folded tail', async () => {
    await expectChartToMatchServer(() =>
      chart().getByRole('combobox', { name: 'Pool' }).selectOption({ label: 'Acme — production' }),
    );
    await expectChartToMatchServer(() => chart().getByRole('combobox', { name: 'Range' }).selectOption('Last 90 days'));
    await expectChartToMatchServer(() => chart().getByRole('radio', { name: 'Weekly' }).check());
    const { params, answer } = await expectChartToMatchServer(() =>
      chart().getByRole('combobox', { name: 'Group by' }).selectOption('user_id'),
    );
    // Twelve seeded users, eight series at most: the tail is one "Other" column, last.
    expect(answer.series).toHaveLength(8);
    expect(answer.series.at(-1)!.label).toBe('Other');
    expect(Object.fromEntries(params)).toMatchObject({
      resourceId: 'workspace-acme-prod',
      granularity: 'week',
      groupBy: 'user_id',
      filter: 'region:eu-west-1',
    });
  });

  it('takes a custom range from the calendar', async () => {
    await expectChartToMatchServer(() => chart().getByRole('button', { name: 'Clear filters' }).click());
    await expectChartToMatchServer(() => chart().getByRole('combobox', { name: 'Range' }).selectOption('Last 30 days'));
    await chart()
      .getByRole('button', { name: /Choose dates/ })
      .click();
    const calendar = page.getByRole('dialog', { name: 'Custom range' });
    // Days 1 to 10 of the month the calendar opens on (that of 30 days ago): always in the past and
    // within the seeded 90 days.
    const day = (n: number) => calendar.locator('button.rdp-day_button').filter({ hasText: new RegExp(`^${n}$`) });
    await day(1).first().click();
    await day(10).first().click();
    const { params } = await expectChartToMatchServer(() => calendar.getByRole('button', { name: 'Apply' }).click());
    const from = new Date(params.get('from')!);
    expect(from.getUTCDate()).toBe(1);
    expect((Date.parse(params.get('to')!) - from.getTime()) / 86_400_000).toBe(10);
    expect(params.getAll('filter')).toEqual([]);
    expect(await chart().getByRole('combobox', { name: 'Range' }).inputValue()).toBe('custom');
  });

  it("counts the viewer's own days: a browser in New York gets New York's midnights", async () => {
    await page.close();
    page = await browser.newPage({
      locale: 'en-US',
      timezoneId: 'America/New_York',
      viewport: { width: 1280, height: 1000 },
    });
    const { params, answer } = await expectChartToMatchServer(() => page.goto(stack.portalUrl));
    expect(params.get('timeZone')).toBe('America/New_York');
    const newYork = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    });
    // Every day bucket starts at midnight in New York (04:00 or 05:00 UTC), not at UTC's.
    expect(new Set(answer.buckets.map((bucket) => newYork.format(new Date(bucket))))).toEqual(new Set(['00:00']));
    const { params: weekly } = await expectChartToMatchServer(() =>
      chart().getByRole('combobox', { name: 'Range' }).selectOption('Last 90 days'),
    );
    expect(weekly.get('timeZone')).toBe('America/New_York');
  });

  it('rings the plot when the keyboard reaches it, and not when it is clicked', async () => {
    await page.goto(stack.portalUrl);
    const plot = chart().locator('[data-part="plot"]');
    await plot.locator('svg').first().waitFor();
    const focusedOutline = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('[data-part="plot"]') ? getComputedStyle(active).outlineStyle : null;
      });
    await chart().getByRole('button', { name: 'Download CSV' }).focus();
    let outline: string | null = null;
    for (let i = 0; i < 40 && outline === null; i++) {
      await page.keyboard.press('Tab');
      outline = await focusedOutline();
    }
    expect(outline).toBe('solid');
    // The keyboard moves through the buckets with the ring still on.
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedOutline).toBe('solid');
    await page.reload();
    const surface = plot.locator('svg').first();
    await surface.waitFor();
    await surface.click();
    await expect.poll(focusedOutline).not.toBe('solid');
  });
});
