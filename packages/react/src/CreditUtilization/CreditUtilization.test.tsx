import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { contractHandlers, failingHandlers } from '../test/contract';
import { CURRENCY } from '../test/fixtures';
import { readInTimeZone, renderWithCredits } from '../test/render';
import { fakeContractServer } from '../test/server';
import { CreditUtilization } from './CreditUtilization';

const { server, current } = fakeContractServer();

describe('CreditUtilization', () => {
  it('shows used of total, what is left and an accessible meter', async () => {
    const { container } = renderWithCredits(<CreditUtilization currencyId={CURRENCY} />);
    expect(screen.getByText('Loading usage…')).toBeInTheDocument();
    expect(await screen.findByText('3,000 tokens of 12,450.5 tokens')).toBeInTheDocument();
    expect(screen.getByText('9,450.5 tokens left')).toBeInTheDocument();
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '24.09');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '3,000\u00a0tokens of 12,450.5\u00a0tokens used (24%)');
    expect(container.querySelector('.ck-credit-utilization')).toHaveAttribute('data-state', 'ok');
    await expectNoAxeViolations(container);
  });

  it("dates the period's end on the provider's time-zone calendar", async () => {
    // The period ends at 12:00 UTC on Dec 1: 02:00 on Dec 2 in Kiritimati (UTC+14).
    const resets = (timeZone: string) =>
      readInTimeZone(
        timeZone,
        <CreditUtilization currencyId={CURRENCY} localization={{ resets: 'Resets on {date}' }} />,
        async () => (await screen.findByText(/^Resets on/)).textContent,
      );
    expect(await resets('UTC')).toBe('Resets on Dec 1, 2026');
    expect(await resets('Pacific/Kiritimati')).toBe('Resets on Dec 2, 2026');
  });

  it('changes state at the configured thresholds', async () => {
    current.data.utilization['@global'] = { used: '8000', total: '10000', remaining: '2000' };
    const { container, unmount } = renderWithCredits(<CreditUtilization currencyId={CURRENCY} />);
    await screen.findByRole('meter');
    expect(container.querySelector('.ck-credit-utilization')).toHaveAttribute('data-state', 'warning');
    unmount();
    const again = renderWithCredits(<CreditUtilization currencyId={CURRENCY} thresholds={{ critical: 80 }} />);
    await screen.findByRole('meter');
    expect(again.container.querySelector('.ck-credit-utilization')).toHaveAttribute('data-state', 'critical');
  });

  it('says how far usage ran past the balance under a soft limit, not a negative amount left', async () => {
    current.data.utilization['@global'] = { used: '11250.75', total: '11250.75', remaining: '-1250.75' };
    const { container } = renderWithCredits(<CreditUtilization currencyId={CURRENCY} />);
    expect(await screen.findByText('1,250.75 tokens over your balance')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('left');
    expect(container.querySelector('.ck-credit-utilization')).toHaveAttribute('data-state', 'critical');
  });

  it('reads used before total in Arabic: the sentence takes the page direction, each amount isolated', async () => {
    const { container } = renderWithCredits(
      <CreditUtilization currencyId={CURRENCY} localization={{ usedOfTotal: '{used} من {total}' }} />,
      { locale: 'ar' },
    );
    const value = await screen.findByText(/من/);
    // No element with an automatic direction around it: that would take the first amount's (left to
    // right) and put the total first for a right-to-left reader.
    expect(value.querySelector('bdi, [dir]')).toBeNull();
    expect(value.closest('[dir="auto"], bdi')).toBeNull();
    expect(value.textContent).toMatch(/^\u2068[^\u2069]+\u2069 من \u2068[^\u2069]+\u2069$/);
    expect(container.querySelector('[data-part="remaining"]')?.tagName).toBe('SPAN');
  });

  it('says so when nothing was granted for the period', async () => {
    current.data.utilization['@global'] = { used: '0', total: '0', remaining: '0' };
    const { container } = renderWithCredits(<CreditUtilization currencyId={CURRENCY} />);
    expect(await screen.findByText('No credits in this period yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows an error with a retry that recovers', async () => {
    server.use(...failingHandlers());
    const { container } = renderWithCredits(<CreditUtilization currencyId={CURRENCY} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your usage.");
    await expectNoAxeViolations(container);
    server.resetHandlers(...contractHandlers(current.data));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('meter')).toBeInTheDocument();
  });

  it('uses the locale, number options and localized strings', async () => {
    renderWithCredits(
      <CreditUtilization
        currencyId={CURRENCY}
        compact
        showUnits={false}
        localization={{ title: 'Verbrauch', usedOfTotal: '{used} von {total}' }}
      />,
      { locale: 'de-DE' },
    );
    expect(await screen.findByText('3000 von 12.450,5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Verbrauch' })).toBeInTheDocument();
  });

  it('offers "Add credits" through onAddCredits', async () => {
    const asked: unknown[] = [];
    renderWithCredits(
      <CreditUtilization
        currencyId={CURRENCY}
        resourceId="workspace-example-com"
        onAddCredits={(r) => asked.push(r)}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add credits' }));
    expect(asked).toEqual([{ currencyId: CURRENCY, resourceId: 'workspace-example-com' }]);
  });
});
