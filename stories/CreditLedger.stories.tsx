import { CreditLedger } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { allStates, failingNetwork } from './support/kit';
import type { StateCell } from './support/states';

const meta = {
  title: 'Widgets/CreditLedger',
  component: CreditLedger,
  args: { ...widgetArgs, onFiltersChange: fn() },
  argTypes: {
    ...widgetArgTypes,
    filters: { control: 'object' },
    defaultFilters: { control: 'object' },
    pageSize: { control: { type: 'number', min: 1, max: 200, step: 1 } },
  },
} satisfies Meta<typeof CreditLedger>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The body rows of the history table, once loaded (long enough for the `slow` condition). */
async function ledgerRows(canvasElement: HTMLElement) {
  const table = await within(canvasElement).findByRole('table', { name: 'Transaction history' }, { timeout: 5000 });
  return within(table).getAllByRole('row').slice(1);
}

const column = (rows: HTMLElement[], index: number) =>
  rows.map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');

export const Healthy: Story = {
  play: async ({ canvasElement }) => expect(await ledgerRows(canvasElement)).toHaveLength(20),
};

/** Page forward and back through a month of usage, twenty entries at a time. */
export const Paging: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    const first = column(await ledgerRows(canvasElement), 0);
    const pages = canvas.getByRole('navigation', { name: 'History pages' });
    await expect(within(pages).getByRole('button', { name: /Previous/ })).toBeDisabled();

    await userEvent.click(within(pages).getByRole('button', { name: /Next/ }));
    await expect(await within(pages).findByText('Page 2')).toBeVisible();
    await waitFor(async () => expect(column(await ledgerRows(canvasElement), 0)).not.toEqual(first));
    const second = column(await ledgerRows(canvasElement), 0);
    // Newest first: page 2 starts where page 1 stopped.
    await expect(Date.parse(second[0]!)).toBeLessThanOrEqual(Date.parse(first.at(-1)!));

    await userEvent.click(within(pages).getByRole('button', { name: /Next/ }));
    await expect(await within(pages).findByText('Page 3')).toBeVisible();
    await userEvent.click(within(pages).getByRole('button', { name: /Previous/ }));
    await userEvent.click(within(pages).getByRole('button', { name: /Previous/ }));
    await expect(await within(pages).findByText('Page 1')).toBeVisible();
    await waitFor(async () => expect(column(await ledgerRows(canvasElement), 0)).toEqual(first));
  },
};

/** Only grants, then only recent ones: the type filter and the period filter together. */
export const Filtering: Story = {
  async play({ canvasElement, canvas, userEvent, args }) {
    await ledgerRows(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Type' }), 'Grant');
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({ type: 'grant', period: 'all' });
    await waitFor(async () => expect(column(await ledgerRows(canvasElement), 1)).toEqual(['Grant', 'Grant']));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
    await expect(await canvas.findByText('No transactions match these filters.')).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Last 90 days');
    await waitFor(async () => expect(column(await ledgerRows(canvasElement), 1)).toEqual(['Grant', 'Grant']));
  },
};

export const LowBalance: Story = { parameters: { scenario: 'low-balance' } };
export const Depleted: Story = { parameters: { scenario: 'depleted' } };
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' } };
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' } };
export const ScheduledGrants: Story = { parameters: { scenario: 'scheduled-grants' } };
export const HeavyUsage: Story = { parameters: { scenario: 'heavy-usage' } };

/** One resource's own history. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  play: async ({ canvasElement }) => expect(await ledgerRows(canvasElement)).not.toHaveLength(0),
};

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  play: async ({ canvas }) => expect(await canvas.findByText('No transactions match these filters.')).toBeVisible(),
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByRole('region', { name: 'Transaction history' })).toHaveAttribute('aria-busy', 'true');
    await expect(await ledgerRows(canvasElement)).toHaveLength(20);
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load your history.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load your history.");

export const Offline: Story = failingNetwork('offline', "Couldn't load your history.");

const states: StateCell[] = [
  { state: 'loading', label: 'Loading' },
  { state: 'healthy', label: 'Healthy' },
  { state: 'soft-limit-overage', label: 'Overage' },
  { state: 'empty', label: 'Empty' },
  { state: 'server-error', label: 'Error' },
];

/** Every state of the widget, one under another, each on its own engine. */
export const AllStates: Story = {
  ...allStates(states, (args: ComponentProps<typeof CreditLedger>) => <CreditLedger {...args} />, { wide: true }),
  args: { pageSize: 5 },
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByRole('table')).toHaveLength(2), { timeout: 5000 });
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
