import { MOCK_NOW } from '@creditkit/mocks';
import { CreditUsageChart, type UsageChartValue } from '@creditkit/react/CreditUsageChart';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { allStates, atScreenWidth, failingNetwork } from './support/kit';

/** The mocked engine stands at `MOCK_NOW`; the chart's presets are measured from the same moment. */
const meta = {
  title: 'Widgets/CreditUsageChart',
  component: CreditUsageChart,
  args: { ...widgetArgs, now: new Date(MOCK_NOW), onChange: fn() },
  argTypes: {
    ...widgetArgTypes,
    resourceId: { ...widgetArgTypes.resourceId, options: [...widgetArgTypes.resourceId.options, '*'] },
    maxSeries: { control: { type: 'number', min: 1, max: 20, step: 1 } },
    value: { control: 'object' },
    defaultValue: { control: 'object' },
    now: { control: 'date' },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CreditUsageChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the usage (long enough for the `slow` condition) and returns the legend's buttons. */
async function legendOf(canvasElement: HTMLElement) {
  const legend = await within(canvasElement).findByRole('list', { name: /Series/ }, { timeout: 10_000 });
  return within(legend).getAllByRole('button');
}

/** The legend's series names, in order, once the chart shows the answer to the latest change. */
const seriesNames = async (canvasElement: HTMLElement) =>
  (await legendOf(canvasElement)).map((item) => item.querySelector('.ck-usage-chart__legend-label')?.textContent ?? '');

/** The window's total as printed above the chart. */
const totalOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.ck-usage-chart__total-value')?.textContent;

/** A month of everyday usage by feature; a legend item toggles its series by mouse or keyboard. */
export const ByFeature: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    const [first, second] = await legendOf(canvasElement);
    await expect(canvas.getByText(/total ·/)).toBeVisible();
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-pressed', 'false');
    second!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(second).toHaveAttribute('aria-pressed', 'false');
    await userEvent.keyboard(' ');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * Pointing at a bucket opens the tooltip with every series of that bucket and its total. The
 * tooltip joins the chart on the first pointer or focus, so this is the very first hover.
 */
export const TooltipOnHover: Story = {
  async play({ canvasElement, userEvent }) {
    const legend = await legendOf(canvasElement);
    const surface = canvasElement.querySelector<SVGSVGElement>('.ck-usage-chart [data-part="plot"] svg');
    await expect(surface).not.toBeNull();
    const box = surface!.getBoundingClientRect();
    await userEvent.pointer({
      target: surface!,
      coords: { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 },
    });
    const tooltip = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('[data-part="tooltip"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await expect(tooltip).toBeVisible();
    // One row per series, then the bucket's total.
    await expect(within(tooltip).getAllByRole('term')).toHaveLength(legend.length + 1);
    await expect(within(tooltip).getAllByRole('term').at(-1)).toHaveTextContent('Total');
  },
};

/** 90 days of heavy multi-dimension usage, stacked by model; hourly bars would be too many. */
export const ByModelLast90Days: Story = {
  parameters: { scenario: 'heavy-usage' },
  args: { defaultValue: { range: { preset: 'last_90_days' }, groupBy: 'model' } },
  async play({ canvasElement, canvas }) {
    await expect(await seriesNames(canvasElement)).toEqual(['gpt-4o-mini', 'gpt-4o', 'claude-sonnet', 'llama-3-70b']);
    await expect(canvas.getByRole('combobox', { name: 'Group by' })).toHaveValue('model');
    await expect(canvas.getByRole('radio', { name: 'Hourly' })).toBeDisabled();
  },
};

/**
 * A small phone (320 px): the headline total of heavy usage ("52,956.577 tokens") scales down with
 * the card instead of running past its padding and edge.
 */
export const ByModelLast90DaysOnPhone: Story = {
  ...ByModelLast90Days,
  decorators: [atScreenWidth(320)],
  async play({ canvasElement }) {
    await seriesNames(canvasElement);
    const card = canvasElement.querySelector<HTMLElement>('.ck-usage-chart')!;
    const total = canvasElement.querySelector<HTMLElement>('.ck-usage-chart__total-value')!;
    // The unit joins the number once the currency is known.
    await waitFor(() => expect(total).toHaveTextContent(/52,956\.577\stokens/), { timeout: 5000 });
    const edge = card.getBoundingClientRect();
    const padding = getComputedStyle(card);
    const box = total.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(edge.left + parseFloat(padding.paddingLeft) - 0.5);
    await expect(box.right).toBeLessThanOrEqual(edge.right - parseFloat(padding.paddingRight) + 0.5);
    // Still one line, and still the card's largest text.
    await expect(box.height).toBeLessThan(parseFloat(getComputedStyle(total).fontSize) * 1.5);
    await expect(parseFloat(getComputedStyle(total).fontSize)).toBeGreaterThanOrEqual(18);
  },
};

/** Range, granularity and grouping: each change asks the engine again and the chart follows. */
export const RangeGranularityAndGrouping: Story = {
  parameters: { scenario: 'heavy-usage' },
  async play({ canvasElement, canvas, userEvent, args }) {
    await legendOf(canvasElement);
    const monthTotal = totalOf(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Range' }), 'Last 90 days');
    await waitFor(() => expect(totalOf(canvasElement)).not.toBe(monthTotal), { timeout: 5000 });

    await userEvent.click(canvas.getByRole('radio', { name: 'Weekly' }));
    await expect(canvas.getByRole('radio', { name: 'Weekly' })).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ granularity: 'week' }));

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Group by' }), 'region');
    await waitFor(
      async () => expect(await seriesNames(canvasElement)).toEqual(['us-east', 'eu-west', 'ap-northeast']),
      {
        timeout: 5000,
      },
    );
    await expect(args.onChange).toHaveBeenLastCalledWith({
      range: { preset: 'last_90_days' },
      granularity: 'week',
      groupBy: 'region',
      filters: {},
    });
  },
};

/** Several values of several dimension keys, from the dimensions endpoint. */
export const FilteredByDimension: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await legendOf(canvasElement);
    const before = totalOf(canvasElement);
    // The filters come from the dimensions endpoint, which may answer after the usage query.
    const filters = await canvas.findByRole('group', { name: 'Filters' }, { timeout: 5000 });
    await userEvent.click(within(filters).getByText('model', { selector: 'summary' }));
    const [firstValue] = within(filters).getAllByRole('checkbox');
    await userEvent.click(firstValue!);
    await expect(within(filters).getByText('model · 1', { selector: 'summary' })).toBeVisible();
    await waitFor(() => expect(totalOf(canvasElement)).not.toBe(before), { timeout: 5000 });
  },
};

/** The tail past `maxSeries` folds into one "Other" series. */
export const FoldedIntoOther: Story = {
  parameters: { scenario: 'heavy-usage' },
  args: { maxSeries: 4, defaultValue: { groupBy: 'user_id' } },
  async play({ canvasElement }) {
    const items = await legendOf(canvasElement);
    await expect(items).toHaveLength(4);
    await expect(items.at(-1)).toHaveTextContent(/^Other/);
  },
};

/** One resource's pool, picked by the host (`resourceId`); the Pool list moves to another one. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'workspace-research' },
  async play({ canvasElement, canvas, userEvent, args }) {
    await legendOf(canvasElement);
    const pool = canvas.getByRole('combobox', { name: 'Pool' });
    await expect(pool).toHaveValue('workspace-research');
    const researchTotal = totalOf(canvasElement);
    // The pools' names come with the resources list, which may answer after the usage.
    await within(pool).findByRole('option', { name: 'Support chatbot' }, { timeout: 5000 });
    await userEvent.selectOptions(pool, 'Support chatbot');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ pool: 'project-chatbot' }));
    await waitFor(() => expect(totalOf(canvasElement)).not.toBe(researchTotal), { timeout: 5000 });
  },
};

/** `resourceId="*"`: every pool of the customer in one chart. */
export const AllPools: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: '*' },
  async play({ canvasElement, canvas }) {
    await legendOf(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Pool' })).toHaveDisplayValue('All pools');
  },
};

/** The table alternative: a captioned table a keyboard can scroll and a screen reader can walk. */
export const TableView: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await legendOf(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Table' }));
    const table = canvas.getByRole('table');
    await expect(table).toBeVisible();
    await expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('Period');
    const region = canvas.getByRole('region', { name: /Credits used from/ });
    region.focus();
    await expect(region).toHaveFocus();
  },
};

/** A custom window picked in the calendar with the keyboard alone. */
export const CustomRange: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await legendOf(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Choose dates/ }));
    const calendar = canvas.getByRole('dialog', { name: 'Custom range' });
    await waitFor(() => expect(calendar).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{ArrowRight>7/}{Enter}{ArrowRight>6/}{Enter}');
    await userEvent.click(within(calendar).getByRole('button', { name: 'Apply' }));
    await expect(canvas.getByRole('combobox', { name: 'Range' })).toHaveValue('custom');
    await expect(canvas.getByRole('button', { name: /Choose dates/ })).toHaveFocus();
  },
};

/** Where a host that owns the filters starts: say, read from its URL. */
const hostValue: UsageChartValue = {
  range: { preset: 'last_7_days' },
  granularity: 'day',
  groupBy: 'model',
  filters: {},
};

/** The host owns the filters (say, in its URL) and hears every change as one value. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState(hostValue);
    const onChange = (next: UsageChartValue) => {
      setValue(next);
      args.onChange?.(next);
    };
    return (
      <div>
        <CreditUsageChart {...args} value={value} onChange={onChange} />
        <pre data-testid="host-value">{JSON.stringify(value)}</pre>
      </div>
    );
  },
  async play({ canvasElement, canvas, userEvent, args }) {
    await legendOf(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Range' }), 'Last 30 days');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ range: { preset: 'last_30_days' } }),
    );
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('last_30_days');
  },
};

/** Scenarios whose usage history reads the same way: the chart waits for its series and shows them. */
const showsUsage = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => void (await legendOf(canvasElement)),
};

export const LowBalance: Story = { parameters: { scenario: 'low-balance' }, ...showsUsage };
export const Depleted: Story = { parameters: { scenario: 'depleted' }, ...showsUsage };
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' }, ...showsUsage };
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' }, ...showsUsage };
export const ScheduledGrants: Story = { parameters: { scenario: 'scheduled-grants' }, ...showsUsage };

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  play: async ({ canvas }) =>
    expect(await canvas.findByText('No usage in this window', {}, { timeout: 10_000 })).toBeVisible(),
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByRole('region', { name: 'Credit usage' })).toHaveAttribute('aria-busy', 'true');
    await legendOf(canvasElement);
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load usage.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load usage.");

export const Offline: Story = failingNetwork('offline', "Couldn't load usage.");

/** Loading, data, empty and failing, one engine each, a row apiece. */
export const AllStates: Story = {
  ...allStates(
    [
      { state: 'loading', label: 'Loading' },
      { state: 'healthy', label: 'Usage by feature' },
      { state: 'empty', label: 'Empty' },
      { state: 'server-error', label: 'Error' },
    ],
    (args: ComponentProps<typeof CreditUsageChart>) => <CreditUsageChart {...args} />,
    { wide: true },
  ),
  async play({ canvas }) {
    await expect(await canvas.findByRole('list', { name: /Series/ }, { timeout: 10_000 })).toBeVisible();
    await expect(await canvas.findByText('No usage in this window')).toBeVisible();
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
