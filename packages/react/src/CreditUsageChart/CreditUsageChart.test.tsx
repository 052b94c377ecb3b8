import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { CreditUsageChart } from './CreditUsageChart';
import { fakeClient, makeUsage, NOW, renderChart } from '../test/usage-fixtures';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\u00a0/g, ' ');
const chart = <CreditUsageChart currencyId="cred-type-ai-tokens" now={NOW} />;

describe('CreditUsageChart states', () => {
  it('shows a skeleton, then the bars, the legend and the window total in the locale', async () => {
    const { container } = renderChart(chart);
    expect(screen.getByText('Loading usage…')).toBeInTheDocument();
    expect(container.querySelector('.ck-usage-chart')).toHaveAttribute('data-state', 'loading');
    // 10 + 20.5 + 0 + 1.25 + 0 + 3 + 2 + 2 + 2 = 40.75
    expect(await screen.findByText('40.75 tokens')).toBeInTheDocument();
    expect(container.querySelector('.ck-usage-chart')).toHaveAttribute('data-state', 'ok');
    expect(screen.getByRole('button', { name: /chat/ })).toHaveAttribute('aria-pressed', 'true');
    const drawn = [...container.querySelectorAll('[data-part="bars"] path')].filter((path) => path.getAttribute('d'));
    expect(drawn.length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('says so when the window has no usage', async () => {
    const client = fakeClient(async () => makeUsage({ from: '2026-11-01T00:00:00Z', buckets: 3, keys: [] }));
    const { container } = renderChart(chart, client);
    expect(await screen.findByText('No usage in this window')).toBeInTheDocument();
    expect(container.querySelector('.ck-usage-chart')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    const client = fakeClient(async () => {
      if (fail) throw new Error('boom');
      return makeUsage({ from: '2026-11-01T00:00:00Z', buckets: 2, keys: ['chat'], credits: () => '5' });
    });
    const { container } = renderChart(chart, client);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load usage.");
    await expectNoAxeViolations(container);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: /chat/ })).toBeInTheDocument();
    expect(screen.getAllByText('10 tokens')).not.toHaveLength(0);
  });

  it('uses localized strings and number options', async () => {
    renderChart(
      <CreditUsageChart
        currencyId="cred-type-ai-tokens"
        now={NOW}
        decimalPlaces={2}
        showUnits={false}
        localization={{ title: 'Verbrauch', total: 'Summe', presets: { last_30_days: 'Letzte 30 Tage' } }}
      />,
      undefined,
      { locale: 'de-DE' },
    );
    expect(screen.getByRole('heading', { name: 'Verbrauch' })).toBeInTheDocument();
    expect(await screen.findByText('40,75')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Letzte 30 Tage' })).toBeInTheDocument();
  });

  it('takes a className beside its stable class', async () => {
    const { container } = renderChart(<CreditUsageChart currencyId="cred-type-ai-tokens" now={NOW} className="host" />);
    expect(container.querySelector('.ck-usage-chart')).toHaveClass('host', 'ck-card');
  });
});

describe('CreditUsageChart legend, tooltip, table and CSV', () => {
  it('toggles a series from its legend entry by mouse and keyboard', async () => {
    const { container } = renderChart(chart);
    const chat = await screen.findByRole('button', { name: /chat/ });
    await userEvent.click(chat);
    expect(chat).toHaveAttribute('aria-pressed', 'false');
    // Without chat (30.5) the total is 10.25.
    expect(screen.getByText('10.25 tokens')).toBeInTheDocument();
    chat.focus();
    await userEvent.keyboard('{Enter}');
    expect(chat).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('40.75 tokens')).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(chat).toHaveAttribute('aria-pressed', 'false');
    await expectNoAxeViolations(container);
  });

  it('shows every series of a bucket and its total in the tooltip', async () => {
    const { container } = renderChart(chart);
    await screen.findByText('40.75 tokens');
    const surface = container.querySelector<HTMLElement>('[data-part="plot"] svg[tabindex]');
    expect(surface).not.toBeNull();
    surface!.focus();
    await userEvent.keyboard('{ArrowRight}');
    const tooltip = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[data-part="tooltip"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(tooltip).toHaveTextContent('Nov 2, 2026');
    const rows = within(tooltip)
      .getAllByRole('term')
      .map((term) => `${text(term)}=${text(term.nextElementSibling)}`);
    expect(rows).toEqual(['Other=2 tokens', 'search=0 tokens', 'chat=20.5 tokens', 'Total=22.5 tokens']);
  });

  it('switches to a table a screen reader can walk, with only the visible series', async () => {
    const { container } = renderChart(chart);
    await userEvent.click(await screen.findByRole('button', { name: /search/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Credits used from/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Period', 'chat', 'Other', 'Total']);
    within(table)
      .getAllByRole('columnheader')
      .forEach((th) => expect(th).toHaveAttribute('scope', 'col'));
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent('Nov 1, 2026');
    expect(within(firstRow).getAllByRole('cell').map(text)).toEqual(['10 tokens', '2 tokens', '12 tokens']);
    const footer = within(table).getAllByRole('row').at(-1)!;
    expect(within(footer).getAllByRole('cell').map(text)).toEqual(['30.5 tokens', '6 tokens', '36.5 tokens']);
    await expectNoAxeViolations(container);
  });

  it('downloads a CSV of exactly what is shown', async () => {
    let saved: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:usage';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      renderChart(chart);
      await userEvent.click(await screen.findByRole('button', { name: /Other/ }));
      await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      expect(click).toHaveBeenCalledOnce();
      expect(await saved!.text()).toBe(
        [
          'Period,chat,search,Total',
          '2026-11-01T00:00:00.000Z,10,1.25,11.25',
          '2026-11-02T00:00:00.000Z,20.5,0,20.5',
          '2026-11-03T00:00:00.000Z,0,3,3',
          'Total,30.5,4.25,34.75',
          '',
        ].join('\r\n'),
      );
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('credit-usage-2026-10-25-2026-11-23.csv');
    } finally {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });
});
