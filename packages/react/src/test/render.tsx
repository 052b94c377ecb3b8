import { createCreditsClient } from '@creditkit/client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CreditsProvider, type CreditsProviderProps } from '../provider/CreditsProvider';

export const TEST_BASE_URL = 'http://creditkit.test';

/** Renders inside a provider pointed at the MSW node server, on a fresh cache with no retries. */
export function renderWithCredits(
  ui: ReactElement,
  props: Partial<Omit<CreditsProviderProps, 'client' | 'baseUrl' | 'customerToken'>> = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createCreditsClient({ baseUrl: TEST_BASE_URL, token: 'test-token' });
  return render(
    <CreditsProvider
      client={client}
      customerId="customer-demo-01"
      locale="en-US"
      timeZone="UTC"
      queryClient={queryClient}
      live={false}
      {...props}
    >
      {ui}
    </CreditsProvider>,
  );
}

/**
 * Renders `ui` under a provider set to `timeZone`, waits for what `read` returns (it may await a
 * query), then unmounts, so a test can compare what one widget shows in several zones.
 */
export async function readInTimeZone<T>(timeZone: string, ui: ReactElement, read: () => Promise<T>): Promise<T> {
  const { unmount } = renderWithCredits(ui, { timeZone });
  try {
    return await read();
  } finally {
    unmount();
  }
}
