import { createMockEngine, handlers, MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID } from '@creditkit/mocks';
import { CreditGrants } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { allStates, atScreenWidth, failingNetwork } from './support/kit';
import type { StateCell } from './support/states';

const meta = {
  title: 'Widgets/CreditGrants',
  component: CreditGrants,
  args: { ...widgetArgs, onStatusChange: fn(), onSortChange: fn() },
  argTypes: {
    ...widgetArgTypes,
    status: { control: 'select', options: ['all', 'scheduled', 'active', 'depleted', 'expired', 'voided'] },
    defaultStatus: { control: 'select', options: ['all', 'scheduled', 'active', 'depleted', 'expired', 'voided'] },
    sort: { control: 'object' },
    defaultSort: { control: 'object' },
    pageSize: { control: { type: 'number', min: 1, max: 100, step: 1 } },
    expiringSoonDays: { control: { type: 'number', min: 0, max: 90, step: 1 } },
  },
} satisfies Meta<typeof CreditGrants>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The body rows of the grants table, once it has loaded (long enough for the `slow` condition). */
async function grantRows(canvasElement: HTMLElement, name: string | RegExp = 'Credit grants') {
  const table = await within(canvasElement).findByRole('table', { name }, { timeout: 5000 });
  return within(table).getAllByRole('row').slice(1);
}

/** A column of the table as the reader sees it, top to bottom. */
const column = (rows: HTMLElement[], index: number) =>
  rows.map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');

export const Healthy: Story = {
  async play({ canvasElement }) {
    const rows = await grantRows(canvasElement);
    await expect(column(rows, 5)).toEqual(['Welcome bonus', 'Pro allowance']);
  },
};

/** What every grant a story adds has in common: the customer's global pool, granted by an admin. */
const grant = {
  customerId: MOCK_CUSTOMER_ID,
  currencyId: MOCK_CURRENCY_ID,
  resourceId: null,
  actor: { type: 'admin', id: 'admin-ops' },
} as const;

/** Every type and every status but `depleted` (see Depleted) in one table: each reads differently. */
export const EveryStatusAndType: Story = {
  async beforeEach({ msw }) {
    const { engine, clock } = await createMockEngine('scheduled-grants');
    await engine.createGrant({ ...grant, type: 'top_up', amount: '1000', reason: 'Starter pack' });
    await engine.createGrant({ ...grant, type: 'auto_recharge', amount: '4000', reason: 'Below 1,000' });
    const soon = new Date(clock.now().getTime() + 60_000).toISOString();
    await engine.createGrant({ ...grant, type: 'paid', amount: '500', expiresAt: soon, reason: 'Trial extension' });
    const referral = await engine.createGrant({ ...grant, type: 'promotional', amount: '250', reason: 'Referral' });
    await engine.voidGrant({ ...grant, grantId: referral.id, reason: 'Granted twice' });
    // Two minutes on, the trial extension has expired.
    clock.advance(120_000);
    msw.use(...handlers(engine));
  },
  async play({ canvasElement }) {
    const rows = await grantRows(canvasElement);
    await expect(new Set(column(rows, 1))).toEqual(
      new Set(['Paid', 'Promotional', 'Recurring', 'Top-up', 'Auto-recharge']),
    );
    await expect(new Set(column(rows, 2))).toEqual(new Set(['Scheduled', 'Active', 'Expired', 'Voided']));
  },
};

export const ExpiringSoon: Story = {
  parameters: { scenario: 'expiring-soon' },
  async play({ canvasElement }) {
    const rows = await grantRows(canvasElement);
    const bonus = rows.find((row) => row.textContent?.includes('Black Friday bonus'));
    await expect(bonus).toHaveTextContent('Expiring soon');
  },
};

/* ---- where "Expiring soon" sits, at phone and table widths ---- */

/** The parts of the row whose grant expires soon that its layout is about. */
async function expiringRow(canvasElement: HTMLElement) {
  // Named in whichever locale the story is in.
  const rows = await grantRows(canvasElement, /./);
  const row = rows.find((each) => each.querySelector('[data-part="expiring-soon"]'));
  await expect(row).toBeDefined();
  const cells = within(row!).getAllByRole('cell');
  const part = (name: string) => row!.querySelector<HTMLElement>(`[data-part="${name}"]`)!.getBoundingClientRect();
  // The badge stays in the Expires cell, read with the date it qualifies.
  await expect(cells[4]!.querySelector('[data-part="expiring-soon"]')).not.toBeNull();
  return {
    rtl: getComputedStyle(row!).direction === 'rtl',
    date: cells[4]!.querySelector('time')!.getBoundingClientRect(),
    soon: part('expiring-soon'),
    status: part('status'),
    type: part('type'),
  };
}

/**
 * A row as a card (under 560px): "Expiring soon" sits at the end edge with the status and type
 * badges above it, on the date's line when both fit (`onDateLine`), else on its own line below.
 */
async function expectBadgeAtEndEdge(canvasElement: HTMLElement, { onDateLine }: { onDateLine: boolean }) {
  const { rtl, date, soon, status, type } = await expiringRow(canvasElement);
  const end = (box: DOMRect) => (rtl ? box.left : box.right);
  await expect(Math.abs(end(soon) - end(status))).toBeLessThan(1);
  await expect(Math.abs(end(soon) - end(type))).toBeLessThan(1);
  const sharesDateLine = soon.top < date.bottom && soon.bottom > date.top;
  await expect(sharesDateLine).toBe(onDateLine);
  if (!onDateLine) await expect(soon.top).toBeGreaterThanOrEqual(date.bottom);
}

/** A 375px phone: the badge ends where the status and type badges end, on its date's line. */
export const ExpiringSoonOnPhone: Story = {
  parameters: { scenario: 'expiring-soon' },
  decorators: [atScreenWidth(375)],
  play: ({ canvasElement }) => expectBadgeAtEndEdge(canvasElement, { onDateLine: true }),
};

/** The same row read right to left: the end edge is the left one. */
export const ExpiringSoonOnPhoneRightToLeft: Story = {
  ...ExpiringSoonOnPhone,
  globals: { locale: 'ar' },
};

/**
 * A 320px phone and long reasons: the date and the badge no longer fit on one line, so the badge
 * takes the next one, still at the end edge; the reasons wrap across the whole card.
 */
export const ExpiringSoonOnSmallPhoneWithLongReasons: Story = {
  decorators: [atScreenWidth(320)],
  async beforeEach({ msw }) {
    const { engine, clock } = await createMockEngine('healthy');
    const inDays = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
    await engine.createGrant({
      ...grant,
      type: 'promotional',
      amount: '750',
      expiresAt: inDays(2),
      reason: 'Thank-you credits for taking part in the November customer research interviews',
    });
    await engine.createGrant({
      ...grant,
      type: 'paid',
      amount: '12500',
      expiresAt: inDays(40),
      reason: 'Enterprise onboarding allowance for the data-platform migration (purchase order 2026-0114)',
    });
    msw.use(...handlers(engine));
  },
  play: ({ canvasElement }) => expectBadgeAtEndEdge(canvasElement, { onDateLine: false }),
};

/** An 800px screen, a real table: the badge sits under its date, at the column's start like the others. */
export const ExpiringSoonInTable: Story = {
  parameters: { scenario: 'expiring-soon' },
  decorators: [atScreenWidth(800)],
  async play({ canvasElement }) {
    const { rtl, date, soon } = await expiringRow(canvasElement);
    const start = (box: DOMRect) => (rtl ? box.right : box.left);
    await expect(soon.top).toBeGreaterThanOrEqual(date.bottom);
    await expect(Math.abs(start(soon) - start(date))).toBeLessThan(1);
    // Every column fits: nothing (the reason last of all) is left behind the scrolling frame's edge.
    const frame = canvasElement.querySelector<HTMLElement>('.ck-credit-grants [data-part="table"]')!;
    await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  },
};

export const ScheduledGrants: Story = {
  parameters: { scenario: 'scheduled-grants' },
  async play({ canvasElement }) {
    await expect(column(await grantRows(canvasElement), 2).filter((s) => s === 'Scheduled')).toHaveLength(2);
  },
};

export const Depleted: Story = {
  parameters: { scenario: 'depleted' },
  async play({ canvasElement }) {
    await expect(column(await grantRows(canvasElement), 2)).toEqual(['Depleted']);
  },
};

export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' } };
export const LowBalance: Story = { parameters: { scenario: 'low-balance' } };

/** One resource's own grants. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  play: async ({ canvasElement }) => expect(await grantRows(canvasElement)).not.toHaveLength(0),
};

/** Filter by status, then sort by what is left: the flow a customer uses to audit their grants. */
export const SortAndFilter: Story = {
  parameters: { scenario: 'heavy-usage' },
  async play({ canvasElement, canvas, userEvent, args }) {
    await expect(await grantRows(canvasElement)).toHaveLength(4);
    // Newest first by default.
    await expect(canvas.getByRole('columnheader', { name: 'Received' })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(canvas.getByRole('button', { name: 'Remaining / amount' }));
    await expect(args.onSortChange).toHaveBeenLastCalledWith({ key: 'remaining', direction: 'descending' });
    // The server sorts every grant, so the new order arrives with the next response.
    await waitFor(async () => expect(column(await grantRows(canvasElement), 5)[0]).toBe('Annual contract'));
    await expect(canvas.getByRole('columnheader', { name: 'Remaining / amount' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Remaining / amount' }));
    await waitFor(async () => expect(column(await grantRows(canvasElement), 5).at(-1)).toBe('Annual contract'));

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'Depleted');
    await expect(args.onStatusChange).toHaveBeenCalledWith('depleted');
    await waitFor(async () => expect(column(await grantRows(canvasElement), 2)).toEqual(Array(3).fill('Depleted')));

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'Active');
    await waitFor(async () => expect(column(await grantRows(canvasElement), 5)).toEqual(['Annual contract']));
  },
};

/** Cursor pages, two grants at a time. */
export const Paging: Story = {
  parameters: { scenario: 'heavy-usage' },
  args: { pageSize: 2 },
  async play({ canvasElement, canvas, userEvent }) {
    const first = column(await grantRows(canvasElement), 0);
    const pages = canvas.getByRole('navigation', { name: 'Grant pages' });
    await expect(within(pages).getByText('Page 1')).toBeVisible();
    await expect(within(pages).getByRole('button', { name: /Previous/ })).toBeDisabled();

    await userEvent.click(within(pages).getByRole('button', { name: /Next/ }));
    await expect(await within(pages).findByText('Page 2')).toBeVisible();
    await waitFor(async () => expect(column(await grantRows(canvasElement), 0)).not.toEqual(first));
    await expect(within(pages).getByRole('button', { name: /Next/ })).toBeDisabled();

    await userEvent.click(within(pages).getByRole('button', { name: /Previous/ }));
    await waitFor(async () => expect(column(await grantRows(canvasElement), 0)).toEqual(first));
  },
};

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  play: async ({ canvas }) => expect(await canvas.findByText('No grants to show.')).toBeVisible(),
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByRole('region', { name: 'Credit grants' })).toHaveAttribute('aria-busy', 'true');
    await expect(await grantRows(canvasElement)).toHaveLength(2);
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load your grants.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load your grants.");

export const Offline: Story = failingNetwork('offline', "Couldn't load your grants.");

const states: StateCell[] = [
  { state: 'loading', label: 'Loading' },
  { state: 'healthy', label: 'Healthy' },
  { state: 'expiring-soon', label: 'Expiring soon' },
  { state: 'scheduled-grants', label: 'Scheduled' },
  { state: 'depleted', label: 'Depleted' },
  { state: 'empty', label: 'Empty' },
  { state: 'server-error', label: 'Error' },
];

/** Every state of the widget, one under another (a table wants the width), each on its own engine. */
export const AllStates: Story = {
  ...allStates(states, (args: ComponentProps<typeof CreditGrants>) => <CreditGrants {...args} />, { wide: true }),
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByRole('table')).toHaveLength(4), { timeout: 5000 });
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
