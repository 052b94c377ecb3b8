import { createCreditsClient, type CreditEvent, type SubscribeEventsOptions } from '@creditkit/client';
import { createMockEngine, handlers, MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID } from '@creditkit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreditBalance } from '../CreditBalance';
import { contractHandlers, fakeData } from '../test/contract';
import { TEST_BASE_URL } from '../test/render';
import { CreditsProvider } from './CreditsProvider';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('CreditsProvider live updates', () => {
  it('refetches what an event from the stream changed, without a reload', async () => {
    const { engine } = await createMockEngine('healthy');
    server.use(...handlers(engine, { baseUrl: TEST_BASE_URL }), ...contractHandlers(fakeData()));
    let emit: ((event: CreditEvent) => void) | undefined;
    let unsubscribed = false;
    const client = {
      ...createCreditsClient({ baseUrl: TEST_BASE_URL, token: 't' }),
      subscribeEvents(options: SubscribeEventsOptions) {
        expect(options.customerId).toBe(MOCK_CUSTOMER_ID);
        emit = options.onEvent;
        return () => void (unsubscribed = true);
      },
    };
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const view = render(
      <CreditsProvider client={client} customerId={MOCK_CUSTOMER_ID} locale="en-US" queryClient={queryClient}>
        <CreditBalance currencyId={MOCK_CURRENCY_ID} />
      </CreditsProvider>,
    );
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();

    await engine.createGrant({
      customerId: MOCK_CUSTOMER_ID,
      currencyId: MOCK_CURRENCY_ID,
      resourceId: null,
      type: 'paid',
      amount: '100',
      actor: { type: 'system', id: 'test' },
    });
    act(() =>
      emit?.({
        sequence: 1,
        id: 'evt_1',
        type: 'credits.granted',
        customerId: MOCK_CUSTOMER_ID,
        currencyId: MOCK_CURRENCY_ID,
        resourceId: null,
        data: {},
        at: '2026-11-15T12:00:00.000Z',
      }),
    );
    expect(await screen.findByText('12,550.5 tokens')).toBeInTheDocument();

    view.unmount();
    expect(unsubscribed).toBe(true);
  });
});
