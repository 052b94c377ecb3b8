import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CreditBalance } from '../CreditBalance';
import { expectNoAxeViolations } from '../test/axe';
import { createFakeCheckout, FIXTURE_CURRENCY } from './fixtures';
import { fillCard, priceRow, renderCheckout, renderWithClient, toPayment } from './testing';
import { TopUpCheckout } from './TopUpCheckout';

const checkout = (props: Partial<Parameters<typeof TopUpCheckout>[0]> = {}) => (
  <TopUpCheckout currencyId={FIXTURE_CURRENCY} retryDelays={[0, 0]} {...props} />
);

describe('TopUpCheckout, step 1: amount and price', { timeout: 40_000 }, () => {
  it('shows a skeleton, then the packs with the server price of the first one', async () => {
    const { container } = renderCheckout(checkout());
    expect(screen.getByText('Loading checkout…')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /1,000\stokens/ })).toBeChecked();
    expect(screen.getByText('Step 1 of 2: Choose an amount')).toBeInTheDocument();
    await screen.findByText('Total', { selector: 'dt' });
    expect(priceRow('Price per credit')).toHaveTextContent('$0.01');
    expect(priceRow('Subtotal')).toHaveTextContent('$10.00');
    expect(priceRow('Tax')).toHaveTextContent('$2.00');
    expect(priceRow('Total')).toHaveTextContent('$12.00');
    expect(priceRow('Balance after purchase')).toHaveTextContent('13,450.5 tokens');
    await expectNoAxeViolations(container);
  });

  it('re-quotes when another pack is chosen', async () => {
    const { user, fake } = renderCheckout(checkout());
    await user.click(await screen.findByRole('radio', { name: /5,000\stokens/ }));
    await waitFor(() => expect(priceRow('Total')).toHaveTextContent('$60.00'));
    expect(priceRow('Balance after purchase')).toHaveTextContent('17,450.5 tokens');
    expect(fake.quotes.map((q) => q.credits)).toEqual(['1000', '5000']);
  });

  it('enforces the bounds of a custom amount with messages tied to the field', async () => {
    const { user, container, fake } = renderCheckout(checkout());
    await user.click(await screen.findByRole('radio', { name: /Custom amount/ }));
    const input = screen.getByRole('textbox', { name: 'Custom amount (tokens)' });
    expect(input).toHaveAccessibleDescription(/^Between 100\stokens and 100,000\stokens$/);

    await user.type(input, '50');
    expect(await screen.findByText('The minimum is 100 tokens. Enter 100 tokens or more.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/The minimum is 100\stokens/);
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeDisabled();
    await expectNoAxeViolations(container);

    await user.clear(input);
    await user.type(input, '250000');
    expect(await screen.findByText('The maximum is 100,000 tokens. Enter 100,000 tokens or less.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'lots');
    expect(await screen.findByText('Enter a number, like 1500.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '150.0001');
    expect(await screen.findByText('Use at most 3 decimal places.')).toBeInTheDocument();
    // No quote was asked for any invalid amount.
    expect(fake.quotes.map((q) => q.credits)).toEqual(['1000']);

    await user.clear(input);
    await user.type(input, '2,500');
    await waitFor(() => expect(priceRow('Total')).toHaveTextContent('$30.00'));
    expect(input).not.toHaveAttribute('aria-invalid');
    // Typing is debounced: one quote for the settled amount, not one per keystroke.
    expect(fake.quotes.map((q) => q.credits)).toEqual(['1000', '2500']);
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeEnabled();
  });

  it('shows an error with a retry when the checkout cannot load', async () => {
    const fake = createFakeCheckout();
    fake.failPacks = true;
    const { user, container } = renderCheckout(checkout(), fake);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load the checkout.");
    await expectNoAxeViolations(container);
    fake.failPacks = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('radio', { name: /1,000\stokens/ })).toBeChecked();
  });

  it('shows a price error with a retry, and no way to continue without a price', async () => {
    const fake = createFakeCheckout();
    fake.failQuotes = true;
    const { user } = renderCheckout(checkout(), fake);
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent("Couldn't get a price.");
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeDisabled();
    fake.failQuotes = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(priceRow('Total')).toHaveTextContent('$12.00'));
  });

  it('uses localized strings and the number options', async () => {
    renderCheckout(checkout({ localization: { title: 'Guthaben kaufen', total: 'Gesamt' }, showUnits: false }));
    expect(await screen.findByRole('heading', { name: 'Guthaben kaufen' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /^1,000 Starter · \$10\.00$/ })).toBeInTheDocument();
    await waitFor(() => expect(priceRow('Gesamt')).toHaveTextContent('$12.00'));
  });

  it('calls onCancel from step 1', async () => {
    const onCancel = vi.fn();
    const { user } = renderCheckout(checkout({ onCancel }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('TopUpCheckout, step 2: payment', { timeout: 40_000 }, () => {
  it('validates the card as typed, with messages tied to their fields', async () => {
    const { user, container, fake } = renderCheckout(checkout());
    await toPayment(user);
    expect(screen.getByText('Step 2 of 2: Payment')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Pay $12.00' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    const number = screen.getByLabelText('Card number');
    expect(number).toHaveFocus();
    expect(number).toHaveAccessibleDescription('Enter the card number.');
    expect(screen.getByLabelText('Expiry (MM / YY)')).toHaveAccessibleDescription('Enter the expiry date.');
    expect(screen.getByLabelText('CVC')).toHaveAccessibleDescription(
      'Enter the 3 or 4 digit code on the back of the card.',
    );
    expect(screen.getByLabelText('Name on card')).toHaveAccessibleDescription('Enter the name on the card.');
    await expectNoAxeViolations(container);

    await user.type(number, '4242424242424241');
    expect(number).toHaveValue('4242 4242 4242 4241');
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription("This card number isn't valid. Check the digits.");
    await user.type(screen.getByLabelText('Expiry (MM / YY)'), '0120');
    expect(screen.getByLabelText('Expiry (MM / YY)')).toHaveAccessibleDescription(
      'This card has expired. Use another card.',
    );
    await user.type(screen.getByLabelText('CVC'), '12');
    await user.tab();
    expect(screen.getByLabelText('CVC')).toHaveAccessibleDescription('The CVC has 3 or 4 digits.');
    expect(fake.confirms).toHaveLength(0);

    await fillCard(user);
    for (const label of ['Card number', 'Expiry (MM / YY)', 'CVC', 'Name on card']) {
      expect(screen.getByLabelText(label)).not.toHaveAttribute('aria-invalid');
    }
  });

  it('pays, shows a receipt, and refreshes every balance on the page at once', async () => {
    const onSuccess = vi.fn();
    const { user, container, fake } = renderCheckout(
      <>
        <CreditBalance currencyId={FIXTURE_CURRENCY} />
        {checkout({ onSuccess, onDone: () => {} })}
      </>,
    );
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));

    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(screen.getByText('1,000 tokens were added to your balance.')).toBeInTheDocument();
    expect(priceRow('Paid')).toHaveTextContent('$12.00');
    expect(priceRow('Card number')).toHaveTextContent('Card ending 4242');
    expect(priceRow('New balance')).toHaveTextContent('13,450.5 tokens');
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ credits: '1000', total: '12.00' }));
    expect(fake.grants).toHaveLength(1);
    const balance = container.querySelector('.ck-credit-balance [data-part="value"]')!;
    await waitFor(() => expect(balance).toHaveTextContent('13,450.5 tokens'));
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Buy more' }));
    expect(await screen.findByText('Step 1 of 2: Choose an amount')).toBeInTheDocument();
  });

  it("dates the receipt in the provider's time zone", async () => {
    // Paid at 12:00 UTC on Nov 15: already Nov 16 on Kiritimati (UTC+14).
    const { user } = renderWithClient(checkout(), createFakeCheckout().client, { timeZone: 'Pacific/Kiritimati' });
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(priceRow('Date')).toHaveTextContent(/^Nov 16, 2026/);
  });

  it.each([
    ['4000000000000002', 'Your card was declined. Try another card.'],
    ['4000000000009995', 'Your card has insufficient funds. Try another card.'],
  ])('shows why card %s was refused, grants nothing, and takes another card', async (number, message) => {
    const { user, container, fake } = renderCheckout(checkout());
    await toPayment(user);
    await fillCard(user, { number });
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(fake.grants).toHaveLength(0);
    expect(screen.getByLabelText('Card number')).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.clear(screen.getByLabelText('Card number'));
    await user.type(screen.getByLabelText('Card number'), '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.grants).toHaveLength(1);
    // A new attempt after a definite answer gets its own key.
    expect(new Set(fake.confirms.map((c) => c.idempotencyKey)).size).toBe(2);
  });

  it('retries a Pay whose answer was lost with the same idempotency key, and charges once', async () => {
    const { user, fake } = renderCheckout(checkout());
    await toPayment(user);
    await fillCard(user);
    fake.dropNext(2, 'after');
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.confirms).toHaveLength(3);
    expect(new Set(fake.confirms.map((c) => c.idempotencyKey)).size).toBe(1);
    expect(fake.grants).toHaveLength(1);
  });

  it('when the network stays down, says so and retries with the same key on the next Pay', async () => {
    const { user, container, fake } = renderCheckout(checkout());
    await toPayment(user);
    await fillCard(user);
    fake.dropNext(3, 'after');
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't reach the payment service. You have not been charged twice: press Pay to try again.",
    );
    await expectNoAxeViolations(container);
    expect(fake.grants).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.grants).toHaveLength(1);
    expect(new Set(fake.confirms.map((c) => c.idempotencyKey)).size).toBe(1);
  });

  it('never buys twice on a double click', async () => {
    const { user, fake } = renderCheckout(checkout());
    await toPayment(user);
    await fillCard(user);
    const pay = screen.getByRole('button', { name: 'Pay $12.00' });
    await user.dblClick(pay);
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.confirms).toHaveLength(1);
    expect(fake.grants).toHaveLength(1);
  });

  it('re-quotes an expired quote instead of paying it', async () => {
    const fake = createFakeCheckout();
    const { user } = renderCheckout(checkout(), fake);
    await toPayment(user);
    await fillCard(user);
    // The server considers the quote expired (the customer took too long).
    fake.quotes[0]!.expiresAt = new Date(Date.now() - 1000).toISOString();
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Prices were refreshed. Check the total and pay again.');
    expect(fake.grants).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay $12.00' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.grants[0]!.quoteId).toBe('quote_2');
  });

  it('asks for a fresh quote before paying one that has run out on this side', async () => {
    const fake = createFakeCheckout();
    fake.quoteTtlMs = 4_000; // inside the safety margin: already too old to pay
    const { user } = renderCheckout(checkout(), fake);
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.confirms[0]!.quoteId).not.toBe(fake.quotes[0]!.id);
  });

  it('pays the first quote when the server clock is a day behind the browser, without re-quoting', async () => {
    const fake = createFakeCheckout();
    fake.serverClockOffsetMs = -24 * 3_600_000;
    const { user } = renderCheckout(checkout(), fake);
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    expect(await screen.findByText('Payment complete')).toBeInTheDocument();
    expect(fake.confirms.map((c) => c.quoteId)).toEqual(['quote_1']);
  });

  it('goes back to step 1 with the choice kept', async () => {
    const { user } = renderCheckout(checkout());
    await user.click(await screen.findByRole('radio', { name: /5,000\stokens/ }));
    await waitFor(() => expect(priceRow('Total')).toHaveTextContent('$60.00'));
    await toPayment(user);
    const order = document.querySelector('[data-part="order"]') as HTMLElement;
    expect(within(order).getByText('$60.00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: /5,000\stokens/ })).toBeChecked();
  });
});
