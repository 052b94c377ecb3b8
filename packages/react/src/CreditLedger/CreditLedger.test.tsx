import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { contractHandlers, failingHandlers } from '../test/contract';
import { CURRENCY } from '../test/fixtures';
import { readInTimeZone, renderWithCredits } from '../test/render';
import { fakeContractServer } from '../test/server';
import { CreditLedger } from './CreditLedger';

const { server, current } = fakeContractServer();
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');

describe('CreditLedger', () => {
  it('lists entries with type, description, signed amount and balance after', async () => {
    const { container } = renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    expect(screen.getByText('Loading history…')).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Transaction history' });
    expect(bodyRows()).toHaveLength(20);
    expect(bodyRows()[0]).toHaveTextContent('Grant');
    expect(bodyRows()[0]).toHaveTextContent('+100 tokens');
    expect(bodyRows()[1]).toHaveTextContent('Usage');
    expect(bodyRows()[1]).toHaveTextContent('-11.5 tokens');
    // The feature's name from the catalogue, not its id.
    await vi.waitFor(() => expect(bodyRows()[1]).toHaveTextContent('Chat completion'));
    expect(bodyRows()[1]).not.toHaveTextContent('chat-completion');
    expect(screen.getAllByText('by ops@acme.test').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it("shows each entry's date and time on the provider's time-zone clock", async () => {
    // The two newest entries: 12:00 and 00:00 UTC on Nov 15.
    const times = (timeZone: string) =>
      readInTimeZone(timeZone, <CreditLedger currencyId={CURRENCY} />, async () => {
        await screen.findByRole('table');
        return bodyRows()
          .slice(0, 2)
          .map((row) => row.querySelector('time')?.textContent?.replace(/\s/g, ' '));
      });
    expect(await times('UTC')).toEqual(['Nov 15, 2026, 12:00 PM', 'Nov 15, 2026, 12:00 AM']);
    expect(await times('America/New_York')).toEqual(['Nov 15, 2026, 7:00 AM', 'Nov 14, 2026, 7:00 PM']);
    expect(await times('Pacific/Kiritimati')).toEqual(['Nov 16, 2026, 2:00 AM', 'Nov 15, 2026, 2:00 PM']);
  });

  it('shows a feature the catalogue does not know by its id, and says who made a change in words', async () => {
    current.data.ledger = current.data.ledger.map((entry, i) =>
      i === 1
        ? { ...entry, featureId: 'feat-retired' }
        : i === 0
          ? { ...entry, actor: { type: 'customer' as const, id: 'customer-demo-01' } }
          : i === 5
            ? { ...entry, actor: { type: 'subscription' as const, id: 'sub_7f3a' } }
            : entry,
    );
    renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    await screen.findByRole('table');
    await vi.waitFor(() => expect(bodyRows()[2]).toHaveTextContent('Chat completion'));
    expect(bodyRows()[1]).toHaveTextContent('feat-retired');
    expect(bodyRows()[0]).toHaveTextContent('by you');
    expect(bodyRows()[0]).not.toHaveTextContent('customer-demo-01');
    expect(bodyRows()[5]).toHaveTextContent('by your plan');
    expect(bodyRows()[5]).not.toHaveTextContent('sub_7f3a');
  });

  it('filters by type and period, and pages', async () => {
    renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    await screen.findByRole('table');
    expect(screen.getByRole('navigation', { name: 'History pages' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Page 2')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(10);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Void');
    // Four voids fit one page, so the pager goes away.
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(4));
    for (const row of bodyRows()) expect(row).toHaveAttribute('data-type', 'void');
    expect(screen.queryByRole('navigation', { name: 'History pages' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'All types');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
    // Fixture entries are 12 hours apart up to the fixed NOW, which is in the past here: none match.
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
  });

  it('exports the filtered ledger as a CSV download', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:ledger'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Adjustment');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const csv = await created[0]!.text();
    expect(csv.split('\n')[0]).toBe('id,createdAt,type,amount');
    expect(
      csv
        .split('\n')
        .slice(1)
        .every((line) => line.includes(',adjustment,')),
    ).toBe(true);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(`ledger-global-${CURRENCY}.csv`);
    click.mockRestore();
  });

  it('shows an empty state when nothing matches', async () => {
    current.data.ledger = [];
    const { container } = renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows an error with a retry that recovers', async () => {
    server.use(...failingHandlers());
    const { container } = renderWithCredits(<CreditLedger currencyId={CURRENCY} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your history.");
    await expectNoAxeViolations(container);
    server.resetHandlers(...contractHandlers(current.data));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});
