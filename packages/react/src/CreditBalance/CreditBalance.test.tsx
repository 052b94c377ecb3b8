import { handlers, MOCK_CURRENCY_ID, createMockEngine } from '@creditkit/mocks';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { contractHandlers, fakeData } from '../test/contract';
import { readInTimeZone, renderWithCredits, TEST_BASE_URL } from '../test/render';
import { useCreditsContext } from '../provider/context';
import { useEffect } from 'react';
import { CreditBalance } from './CreditBalance';

/** Stands in for a TopUpCheckout host: registers, and shows what "Add credits" asked for. */
function CheckoutHost() {
  const { topUp } = useCreditsContext();
  useEffect(() => topUp.register(), [topUp.register]); // eslint-disable-line react-hooks/exhaustive-deps
  return topUp.request ? <p>checkout for {topUp.request.currencyId}</p> : null;
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(async () => {
  const { engine } = await createMockEngine('healthy');
  // The engine answers the balance; the forecast and auto-recharge come from contract fixtures.
  server.use(...handlers(engine, { baseUrl: TEST_BASE_URL }), ...contractHandlers(fakeData()));
});

describe('CreditBalance', () => {
  it('shows a skeleton, then the balance with its unit in the locale', async () => {
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    expect(screen.getByText('Loading balance…')).toBeInTheDocument();
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();
    expect(container.querySelector('.ck-credit-balance')).toHaveAttribute('data-state', 'ok');
    await expectNoAxeViolations(container);
  });

  it('follows decimalPlaces, showUnits, showSymbol and the locale', async () => {
    renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} decimalPlaces={2} showUnits={false} showSymbol />, {
      locale: 'de-DE',
    });
    expect(await screen.findByText('◆ 12.450,50')).toBeInTheDocument();
  });

  it('uses localized strings', async () => {
    renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} localization={{ title: 'Guthaben' }} />);
    expect(await screen.findByRole('heading', { name: 'Guthaben' })).toBeInTheDocument();
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    const { engine } = await createMockEngine('healthy');
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:customerId/balance`, () =>
        fail ? HttpResponse.json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 }) : undefined,
      ),
      ...handlers(engine, { baseUrl: TEST_BASE_URL }),
      ...contractHandlers(fakeData()),
    );
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your balance.");
    await expectNoAxeViolations(container);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();
  });

  it('marks the low and depleted states with text, not colour alone', async () => {
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} lowThreshold="20000" />);
    expect(await screen.findByText('Low balance')).toBeInTheDocument();
    expect(container.querySelector('.ck-credit-balance')).toHaveAttribute('data-state', 'low');
    await expectNoAxeViolations(container);
  });

  it('shows a depleted pool as out of credits', async () => {
    const { engine } = await createMockEngine('empty');
    server.use(...handlers(engine, { baseUrl: TEST_BASE_URL }), ...contractHandlers(fakeData()));
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    expect(await screen.findByText('Out of credits')).toBeInTheDocument();
    expect(container.querySelector('.ck-credit-balance')).toHaveAttribute('data-state', 'depleted');
  });

  it('does not forecast a run-out for a pool that has already run out', async () => {
    const data = fakeData();
    server.use(...contractHandlers({ ...data, balances: { ...data.balances, '@global': '0' } }));
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    expect(await screen.findByText('Out of credits')).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/runs out/i);
  });

  it('shows the projected run-out and the auto-recharge indicator', async () => {
    // The mock engine forecasts from the wall clock; pin the forecast so the date is exact.
    server.use(...contractHandlers(fakeData()));
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    expect(await screen.findByText(/^Runs out .* at the current rate$/)).toHaveAttribute(
      'datetime',
      '2026-12-06T12:00:00.000Z',
    );
    expect(await screen.findByText('Auto-recharge on')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("dates the run-out on the provider's time-zone calendar", async () => {
    // 23:30 UTC on Dec 6 is already Dec 7 in Kiritimati (UTC+14).
    server.use(...contractHandlers({ ...fakeData(), runOutAt: '2026-12-06T23:30:00.000Z' }));
    const runOut = (timeZone: string) =>
      readInTimeZone(
        timeZone,
        <CreditBalance currencyId={MOCK_CURRENCY_ID} localization={{ runOut: 'Runs out on {date}' }} />,
        async () => {
          const time = await screen.findByText(/^Runs out on/);
          return [time.textContent, time.getAttribute('title')];
        },
      );
    expect(await runOut('UTC')).toEqual(['Runs out on Dec 6, 2026', 'Dec 6, 2026']);
    expect(await runOut('Pacific/Kiritimati')).toEqual(['Runs out on Dec 7, 2026', 'Dec 7, 2026']);
  });

  it('may wrap before the unit, never inside it, and keeps the text as is', async () => {
    const { container } = renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    await screen.findByText('12,450.5 tokens');
    const value = container.querySelector('[data-part="value"] bdi')!;
    // The no-break space keeps "tokens" whole; the <wbr> after it is the only place a line may end.
    expect(value.innerHTML).toBe('12,450.5&nbsp;<wbr>tokens');
    expect(value.textContent).toBe('12,450.5\u00a0tokens');
  });

  it('hides "Add credits" when there is neither a checkout nor onAddCredits', async () => {
    renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} />);
    await screen.findByText('12,450.5 tokens');
    expect(screen.queryByRole('button', { name: 'Add credits' })).not.toBeInTheDocument();
  });

  it('calls onAddCredits with the pool it shows', async () => {
    const asked: unknown[] = [];
    renderWithCredits(<CreditBalance currencyId={MOCK_CURRENCY_ID} onAddCredits={(request) => asked.push(request)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add credits' }));
    expect(asked).toEqual([{ currencyId: MOCK_CURRENCY_ID, resourceId: null }]);
  });

  it("opens the provider's checkout when one is mounted", async () => {
    renderWithCredits(
      <>
        <CreditBalance currencyId={MOCK_CURRENCY_ID} />
        <CheckoutHost />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add credits' }));
    expect(screen.getByText(`checkout for ${MOCK_CURRENCY_ID}`)).toBeInTheDocument();
  });

  it('throws a sentence that says what to do when used outside the provider', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<CreditBalance currencyId={MOCK_CURRENCY_ID} />)).toThrow(
        /Wrap your app .* in\s+<CreditsProvider/,
      );
    } finally {
      console.error = quiet;
    }
  });
});
