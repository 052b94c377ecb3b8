// Test helpers: render a checkout against the in-memory fixture and drive it like a customer.
import type { CreditsClient } from '@creditkit/client';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { CreditsProvider } from '../provider/CreditsProvider';
import { createFakeCheckout, type FakeCheckout } from './fixtures';

/**
 * Renders inside a provider on `client` (en-US in UTC unless told otherwise), with a fresh cache
 * and a user that types without delays.
 */
export function renderWithClient(
  ui: ReactElement,
  client: CreditsClient,
  { locale = 'en-US', timeZone = 'UTC' }: { locale?: string; timeZone?: string } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <CreditsProvider
      client={client}
      customerId="customer-demo-01"
      locale={locale}
      timeZone={timeZone}
      queryClient={queryClient}
    >
      {ui}
    </CreditsProvider>,
  );
  return { ...view, user, queryClient };
}

export function renderCheckout(ui: ReactElement, fake: FakeCheckout = createFakeCheckout()) {
  return { ...renderWithClient(ui, fake.client), fake };
}

/** The price row `name` of the summary or receipt, e.g. `Total`. */
export function priceRow(name: string) {
  const term = screen.getByText(name, { selector: 'dt' });
  return within(term.parentElement!).getByRole('definition');
}

export async function fillCard(
  user: ReturnType<typeof userEvent.setup>,
  card: { number?: string; expiry?: string; cvc?: string; name?: string } = {},
) {
  const { number = '4242424242424242', expiry = '1230', cvc = '123', name = 'Ada Lovelace' } = card;
  const field = (label: string) => screen.getByLabelText(label);
  await user.clear(field('Card number'));
  if (number) await user.type(field('Card number'), number);
  await user.clear(field('Expiry (MM / YY)'));
  if (expiry) await user.type(field('Expiry (MM / YY)'), expiry);
  await user.clear(field('CVC'));
  if (cvc) await user.type(field('CVC'), cvc);
  await user.clear(field('Name on card'));
  if (name) await user.type(field('Name on card'), name);
}

/** Waits for the first quote and moves to the payment step. */
export async function toPayment(user: ReturnType<typeof userEvent.setup>) {
  const next = await screen.findByRole('button', { name: 'Continue to payment' });
  await screen.findByText('Total', { selector: 'dt' });
  await user.click(next);
  await screen.findByRole('group', { name: 'Card details' });
}
