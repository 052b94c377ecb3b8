import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { contractHandlers, failingHandlers } from '../test/contract';
import { CURRENCY, grants, NOW } from '../test/fixtures';
import { readInTimeZone, renderWithCredits, TEST_BASE_URL } from '../test/render';
import { fakeContractServer } from '../test/server';
import { CreditGrants } from './CreditGrants';

const { server, current } = fakeContractServer();
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');

/** "Expiring soon" counts from when the rows were fetched: pin the clock (only `Date`, timers stay real). */
function pinClock(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(iso);
}
afterEach(() => vi.useRealTimers());

describe('CreditGrants', () => {
  it('lists every grant with its type, status, remaining / amount, expiry and reason', async () => {
    pinClock(NOW);
    const { container } = renderWithCredits(<CreditGrants currencyId={CURRENCY} />);
    expect(screen.getByText('Loading grants…')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Credit grants' });
    for (const label of ['Paid', 'Promotional', 'Recurring', 'Top-up', 'Auto-recharge']) {
      expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    }
    for (const label of ['Active', 'Scheduled', 'Depleted', 'Expired', 'Voided']) {
      expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(within(table).getByText('7,200.5 tokens / 10,000 tokens')).toBeInTheDocument();
    expect(within(table).getByText('Welcome bonus')).toBeInTheDocument();
    // The welcome bonus expires in 5 days: soon. The allowance in 16 days: not soon.
    expect(within(table).getAllByText('Expiring soon')).toHaveLength(1);
    expect(within(table).getAllByText('Never').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it("shows received and expiry dates on the provider's time-zone calendar", async () => {
    // 03:30 UTC on Nov 15 is still Nov 14 in New York; 23:30 UTC on Nov 20 is already Nov 21 in Kiritimati.
    current.data.grants = [{ ...grants[1]!, effectiveAt: '2026-11-15T03:30:00Z', expiresAt: '2026-11-20T23:30:00Z' }];
    const dates = (timeZone: string) =>
      readInTimeZone(timeZone, <CreditGrants currencyId={CURRENCY} />, async () => {
        await screen.findByRole('table');
        return Array.from(bodyRows()[0]!.querySelectorAll('time'), (time) => time.textContent);
      });
    expect(await dates('UTC')).toEqual(['Nov 15, 2026', 'Nov 20, 2026']);
    expect(await dates('America/New_York')).toEqual(['Nov 14, 2026', 'Nov 20, 2026']);
    expect(await dates('Pacific/Kiritimati')).toEqual(['Nov 15, 2026', 'Nov 21, 2026']);
  });

  it('counts "expiring soon" in calendar days of the time zone', async () => {
    // At 20:00 UTC on Nov 13, an expiry at 02:00 UTC on Nov 20 is 7 dates away in UTC (not soon with
    // the default 7 days) but 6 in New York, where it falls on the evening of Nov 19.
    pinClock('2026-11-13T20:00:00Z');
    current.data.grants = [{ ...grants[1]!, expiresAt: '2026-11-20T02:00:00Z' }];
    const soon = (timeZone: string) =>
      readInTimeZone(timeZone, <CreditGrants currencyId={CURRENCY} />, async () => {
        await screen.findByRole('table');
        return screen.queryByText('Expiring soon') !== null;
      });
    expect(await soon('UTC')).toBe(false);
    expect(await soon('America/New_York')).toBe(true);
  });

  it('filters by status on the server', async () => {
    renderWithCredits(<CreditGrants currencyId={CURRENCY} />);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Expired');
    await screen.findByText('Launch week promo');
    expect(bodyRows()).toHaveLength(1);
  });

  it('sorts by a column and flips on a second click, announcing it with aria-sort', async () => {
    renderWithCredits(<CreditGrants currencyId={CURRENCY} />);
    await screen.findByRole('table');
    const header = screen.getByRole('columnheader', { name: /Remaining \/ amount/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await vi.waitFor(() => expect(bodyRows()[0]).toHaveTextContent('7,200.5 tokens / 10,000 tokens'));
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await vi.waitFor(() => expect(bodyRows()[0]).toHaveTextContent('0 tokens /'));
  });

  it('sorts every grant on the server, not one page, and starts again from the first page', async () => {
    const sorts: string[] = [];
    renderWithCredits(<CreditGrants currencyId={CURRENCY} pageSize={3} onSortChange={(s) => sorts.push(s.key)} />);
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Page 2')).toBeInTheDocument();
    const header = screen.getByRole('columnheader', { name: /Remaining \/ amount/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(await screen.findByText('Page 1')).toBeInTheDocument();
    // The three largest remainders of all seven grants, though they sit on different pages by date.
    await vi.waitFor(() => expect(bodyRows()[0]).toHaveTextContent('7,200.5 tokens / 10,000 tokens'));
    expect(bodyRows()[1]).toHaveTextContent('3,000 tokens / 3,000 tokens');
    expect(bodyRows()[2]).toHaveTextContent('2,800 tokens / 5,000 tokens');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await vi.waitFor(() => expect(bodyRows()[0]).toHaveTextContent('2,450.5 tokens / 2,450.5 tokens'));
    expect(sorts).toEqual(['remaining']);
  });

  it('pages through with the keyboard', async () => {
    renderWithCredits(<CreditGrants currencyId={CURRENCY} pageSize={3} />);
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    screen.getByRole('button', { name: /Next/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Page 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Page 3')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(await screen.findByText('Page 2')).toBeInTheDocument();
  });

  it('renders one page even when a backend ignores the page size', async () => {
    // Thousands of rows from such a backend once took seconds to lay out (bench row ui.grants.paint).
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:customerId/grants`, () =>
        HttpResponse.json({ data: current.data.grants, nextCursor: null }),
      ),
    );
    renderWithCredits(<CreditGrants currencyId={CURRENCY} pageSize={3} />);
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(3);
  });

  it('shows an empty state', async () => {
    current.data.grants = [];
    const { container } = renderWithCredits(<CreditGrants currencyId={CURRENCY} />);
    expect(await screen.findByText('No grants to show.')).toBeInTheDocument();
    expect(container.querySelector('.ck-credit-grants')).toHaveAttribute('data-state', 'empty');
    await expectNoAxeViolations(container);
  });

  it('shows an error with a retry that recovers', async () => {
    server.use(...failingHandlers());
    const { container } = renderWithCredits(<CreditGrants currencyId={CURRENCY} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your grants.");
    await expectNoAxeViolations(container);
    server.resetHandlers(...contractHandlers(current.data));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('takes a controlled status and localized labels', async () => {
    const changes: string[] = [];
    renderWithCredits(
      <CreditGrants
        currencyId={CURRENCY}
        status="voided"
        onStatusChange={(s) => changes.push(s)}
        localization={{
          statuses: {
            ...{
              scheduled: 'Geplant',
              active: 'Aktiv',
              depleted: 'Aufgebraucht',
              expired: 'Abgelaufen',
              voided: 'Storniert',
            },
          },
        }}
      />,
      { locale: 'de-DE' },
    );
    await screen.findByText('Billing correction');
    expect(within(screen.getByRole('table')).getByText('Storniert')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Aktiv');
    expect(changes).toEqual(['active']);
    // Controlled: the table keeps showing what the prop says until the host changes it.
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('voided');
  });
});
