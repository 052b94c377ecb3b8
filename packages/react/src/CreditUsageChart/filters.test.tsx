import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { CreditUsageChart } from './CreditUsageChart';
import { lastUsageParams, NOW, renderChart } from '../test/usage-fixtures';
import type { UsageChartValue } from './types';

const chart = <CreditUsageChart currencyId="cred-type-ai-tokens" now={NOW} />;
// The first answer waits on the chart's first import and render in jsdom: slow on a busy machine.
const loaded = () => screen.findByRole('button', { name: /chat/ }, { timeout: 15_000 });

describe('CreditUsageChart filters', () => {
  it('asks for the last 30 days by day and by feature by default, in the provider pool', async () => {
    const { client } = renderChart(chart, undefined, { resourceId: 'ws-research' });
    await loaded();
    expect(lastUsageParams(client)).toMatchObject({
      customerId: 'customer-demo-01',
      currencyId: 'cred-type-ai-tokens',
      resourceId: 'ws-research',
      from: '2026-10-25T00:00:00.000Z',
      to: '2026-11-24T00:00:00.000Z',
      granularity: 'day',
      groupBy: 'feature',
      filter: [],
    });
    expect(screen.getByRole('combobox', { name: 'Pool' })).toHaveValue('ws-research');
  });

  it('follows a preset and keeps granularity within what the window allows', async () => {
    const { client, container } = renderChart(chart);
    await loaded();
    const range = screen.getByRole('combobox', { name: 'Range' });

    await userEvent.selectOptions(range, 'Last 24 hours');
    expect(lastUsageParams(client)).toMatchObject({
      granularity: 'hour',
      from: '2026-11-22T11:00:00.000Z',
      to: '2026-11-23T11:00:00.000Z',
    });
    expect(screen.getByRole('radio', { name: 'Hourly' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Daily' })).toBeDisabled();

    await userEvent.selectOptions(range, 'Last 12 months');
    expect(lastUsageParams(client)).toMatchObject({ granularity: 'month', from: '2025-12-01T00:00:00.000Z' });
    expect(screen.getByRole('radio', { name: 'Hourly' })).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Weekly' }));
    expect(lastUsageParams(client)).toMatchObject({ granularity: 'week' });

    await userEvent.selectOptions(range, 'Last month');
    expect(lastUsageParams(client)).toMatchObject({
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
      granularity: 'week',
    });
    expect(screen.getByRole('radio', { name: 'Monthly' })).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it("cuts days, presets and labels on the provider's time zone, and asks the engine to bucket in it", async () => {
    const { client } = renderChart(chart, undefined, { timeZone: 'America/New_York' });
    await loaded();
    // NOW is 10:30 UTC on Nov 23, 05:30 in New York: the last 30 days end at New York's midnight.
    expect(lastUsageParams(client)).toMatchObject({
      from: '2026-10-25T04:00:00.000Z',
      to: '2026-11-24T05:00:00.000Z',
      granularity: 'day',
      timeZone: 'America/New_York',
    });
    expect(screen.getByRole('button', { name: /Choose dates/ })).toHaveTextContent('Oct 25, 2026 – Nov 23, 2026');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Range' }), 'Last month');
    expect(lastUsageParams(client)).toMatchObject({ from: '2026-10-01T04:00:00.000Z', to: '2026-11-01T04:00:00.000Z' });
  });

  it("warns about a time zone it does not know and uses the browser's", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { client } = renderChart(chart, undefined, { timeZone: 'Mars/Olympus_Mons' });
    await loaded();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/timeZone="Mars\/Olympus_Mons".*"Europe\/Berlin"/));
    expect(lastUsageParams(client).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    warn.mockRestore();
  });

  it('takes a custom range from the calendar, by keyboard', async () => {
    const { client } = renderChart(chart);
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: /Choose dates: Oct 25, 2026 – Nov 23, 2026/ }));
    const dialog = screen.getByRole('dialog', { name: 'Custom range' });
    // The rest of the chart is checked in the other tests; here only the calendar (axe is slow in jsdom).
    await expectNoAxeViolations(dialog);
    // The calendar focuses the window's first day (Oct 25); arrows move by day, Enter picks.
    expect(within(dialog).getByRole('button', { name: /Sunday, October 25, 2026/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight>14/}{Enter}{ArrowRight>4/}{Enter}');
    expect(lastUsageParams(client)).toMatchObject({ from: '2026-10-25T00:00:00.000Z' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(lastUsageParams(client)).toMatchObject({
      from: '2026-11-08T00:00:00.000Z',
      to: '2026-11-13T00:00:00.000Z',
      granularity: 'day',
    });
    expect(screen.getByRole('combobox', { name: 'Range' })).toHaveValue('custom');
    expect(screen.getByRole('button', { name: /Choose dates/ })).toHaveTextContent('Nov 8, 2026 – Nov 12, 2026');
    // Twenty key presses through a full calendar grid in jsdom: slow on a busy 2-core machine.
  }, 60_000);

  it('closes the calendar on Escape without changing the range', async () => {
    const { client } = renderChart(chart);
    await loaded();
    const calls = client.queryUsage.mock.calls.length;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Range' }), 'Custom range…');
    expect(screen.getByRole('dialog', { name: 'Custom range' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Choose dates/ })).toHaveFocus();
    expect(client.queryUsage.mock.calls.length).toBe(calls);
  });

  it('groups by a dimension key from the dimensions endpoint', async () => {
    const { client } = renderChart(chart);
    await loaded();
    const groupBy = screen.getByRole('combobox', { name: 'Group by' });
    expect(
      within(groupBy)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Feature', 'model', 'region']);
    await userEvent.selectOptions(groupBy, 'model');
    expect(lastUsageParams(client)).toMatchObject({ groupBy: 'model' });
  });

  it('filters by several values of several dimension keys, and clears them', async () => {
    const { client, container } = renderChart(chart);
    await loaded();
    const filters = screen.getByRole('group', { name: 'Filters' });
    await userEvent.click(within(filters).getByText('model', { selector: 'summary' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'gpt-4o' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'claude-sonnet' }));
    await userEvent.click(within(filters).getByText('region', { selector: 'summary' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'eu-west-1' }));
    expect(lastUsageParams(client)).toMatchObject({
      filter: ['model:claude-sonnet', 'model:gpt-4o', 'region:eu-west-1'],
    });
    expect(within(filters).getByText('model · 2', { selector: 'summary' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(within(filters).getByRole('checkbox', { name: 'gpt-4o' })).not.toBeChecked();
    expect(within(filters).getByText('model', { selector: 'summary' })).toBeInTheDocument();
    // Back to no filters: the first answer is still in the cache, so nothing is asked.
    expect(client.queryUsage.mock.calls.filter(([params]) => (params.filter as string[]).length === 0)).toHaveLength(1);
  });

  it('reads the global pool, all pools or one resource', async () => {
    const { client } = renderChart(chart);
    await loaded();
    const pool = screen.getByRole('combobox', { name: 'Pool' });
    expect(pool).toHaveValue('@global');
    expect(lastUsageParams(client).resourceId ?? null).toBeNull();
    await screen.findByRole('option', { name: 'Support workspace' });
    await userEvent.selectOptions(pool, 'Support workspace');
    expect(lastUsageParams(client)).toMatchObject({ resourceId: 'ws-support' });
    await userEvent.selectOptions(pool, 'All pools');
    expect(lastUsageParams(client)).toMatchObject({ allPools: true });
  });

  it('does not ask again for a filter it already has', async () => {
    const { client } = renderChart(chart);
    await loaded();
    const range = screen.getByRole('combobox', { name: 'Range' });
    await userEvent.selectOptions(range, 'Last 7 days');
    await loaded();
    const calls = client.queryUsage.mock.calls.length;
    await userEvent.selectOptions(range, 'Last 30 days');
    await userEvent.click(screen.getByRole('radio', { name: 'Table' }));
    await userEvent.click(screen.getByRole('button', { name: /chat/ }));
    expect(client.queryUsage.mock.calls.length).toBe(calls);
  });
});

describe('CreditUsageChart controlled and uncontrolled', () => {
  it('opens with defaultValue and reports every change as one value', async () => {
    const onChange = vi.fn();
    const { client } = renderChart(
      <CreditUsageChart
        currencyId="cred-type-ai-tokens"
        now={NOW}
        defaultValue={{ range: { preset: 'last_90_days' }, groupBy: 'region', filters: { model: ['gpt-4o'] } }}
        onChange={onChange}
      />,
    );
    await loaded();
    expect(lastUsageParams(client)).toMatchObject({ groupBy: 'region', filter: ['model:gpt-4o'], granularity: 'day' });
    await userEvent.click(screen.getByRole('radio', { name: 'Weekly' }));
    expect(onChange).toHaveBeenLastCalledWith({
      range: { preset: 'last_90_days' },
      granularity: 'week',
      groupBy: 'region',
      filters: { model: ['gpt-4o'] },
    });
    expect(screen.getByRole('radio', { name: 'Weekly' })).toBeChecked();
  });

  it('shows the host value and changes only when the host does', async () => {
    const onChange = vi.fn();
    const value: UsageChartValue = {
      range: { from: '2026-11-01', to: '2026-11-03' },
      granularity: 'day',
      groupBy: 'feature',
      filters: {},
      pool: 'ws-research',
    };
    const { client, container } = renderChart(
      <CreditUsageChart currencyId="cred-type-ai-tokens" now={NOW} value={value} onChange={onChange} />,
    );
    await loaded();
    expect(lastUsageParams(client)).toMatchObject({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-04T00:00:00.000Z',
      resourceId: 'ws-research',
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Hourly' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...value, granularity: 'hour' });
    expect(screen.getByRole('radio', { name: 'Daily' })).toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('lets a host keep the value in its own state (say, its URL)', async () => {
    function Host() {
      const [value, setValue] = useState<UsageChartValue>({
        range: { preset: 'last_7_days' },
        granularity: 'day',
        groupBy: 'feature',
        filters: {},
      });
      return (
        <>
          <output data-testid="url">{JSON.stringify(value)}</output>
          <CreditUsageChart currencyId="cred-type-ai-tokens" now={NOW} value={value} onChange={setValue} />
        </>
      );
    }
    const { client } = renderChart(<Host />);
    await loaded();
    await userEvent.click(screen.getByRole('radio', { name: 'Hourly' }));
    expect(JSON.parse(screen.getByTestId('url').textContent!)).toMatchObject({ granularity: 'hour' });
    expect(lastUsageParams(client)).toMatchObject({ granularity: 'hour' });
    await act(async () => {});
  });
});
