import { createCreditsClient } from '@creditkit/client';
import {
  createMockEngine,
  handlers,
  MOCK_CUSTOMER_ID,
  networkConditions,
  networkHandlers,
  type NetworkCondition,
  type ScenarioName,
} from '@creditkit/mocks';
import { CreditsProvider, useCreditsContext, type CreditsTheme } from '@creditkit/react';
import { QueryClient } from '@tanstack/react-query';
import type { RequestHandler } from 'msw';
import { useState, type ReactNode } from 'react';

/**
 * Parameters for an "All states" story. Copies of one widget side by side share a landmark name,
 * which a real page would not do; the grid is the exception, so only this rule is off there.
 */
export const allStatesParameters = {
  layout: 'fullscreen',
  a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
};

/** A state a widget can be in: a seeded scenario, `loading` (never answers) or a network failure. */
export type MockState = ScenarioName | NetworkCondition | 'loading';

export interface StateCell {
  state: MockState;
  /** The caption above the cell. */
  label: string;
}

/** The states a widget of one pool's balance goes through, from loading to failing. */
export const balanceStates: readonly StateCell[] = [
  { state: 'loading', label: 'Loading' },
  { state: 'healthy', label: 'Healthy' },
  { state: 'low-balance', label: 'Low balance' },
  { state: 'depleted', label: 'Depleted' },
  { state: 'soft-limit-overage', label: 'Overage' },
  { state: 'empty', label: 'Empty' },
  { state: 'server-error', label: 'Error' },
];

/** Each state gets its own origin, so one story can show several engines side by side. */
export const stateBaseUrl = (state: MockState) => `https://${state}.mock.creditkit.test`;

const isNetwork = (state: MockState): state is NetworkCondition =>
  (networkConditions as readonly string[]).includes(state);

/** MSW handlers answering each state's origin: its own engine, or the failure it stands for. */
export async function stateHandlers(states: readonly MockState[]): Promise<RequestHandler[]> {
  const groups = await Promise.all(
    states.map(async (state): Promise<RequestHandler[]> => {
      const baseUrl = stateBaseUrl(state);
      if (state === 'loading') return networkHandlers('slow', { baseUrl, delayMs: 'infinite' });
      if (isNetwork(state)) {
        const { engine } = await createMockEngine('healthy');
        return [...networkHandlers(state, { baseUrl }), ...handlers(engine, { baseUrl })];
      }
      const { engine } = await createMockEngine(state);
      return handlers(engine, { baseUrl });
    }),
  );
  return groups.flat();
}

/** One provider per state, each on its own origin and cache, laid out side by side. */
export function StatesGrid({
  cells,
  render,
  wide = false,
}: {
  cells: readonly StateCell[];
  render: (cell: StateCell) => ReactNode;
  /** One state per row, for widgets (tables) that want the whole width. */
  wide?: boolean;
}) {
  const { locale, theme } = useCreditsContext();
  return (
    <div className="ck-states" data-layout={wide ? 'wide' : 'grid'}>
      {cells.map((cell) => (
        <figure key={cell.state} className="ck-states__cell">
          {/* Storybook's own caption, in English whatever the widgets' locale. */}
          <figcaption className="ck-states__label" lang="en">
            {cell.label}
          </figcaption>
          <StateProvider state={cell.state} locale={locale} theme={theme}>
            {render(cell)}
          </StateProvider>
        </figure>
      ))}
    </div>
  );
}

/** A provider whose client talks to one state's origin; it keeps its client and cache across renders. */
export function StateProvider({
  state,
  children,
  ...settings
}: {
  state: MockState;
  locale: string;
  theme: CreditsTheme;
  children: ReactNode;
}) {
  const [client] = useState(() => createCreditsClient({ baseUrl: stateBaseUrl(state), token: 'story-token' }));
  const [queryClient] = useState(() => storyQueryClient());
  return (
    <CreditsProvider client={client} customerId={MOCK_CUSTOMER_ID} queryClient={queryClient} {...settings}>
      {children}
    </CreditsProvider>
  );
}

/** No retries (error states show at once) and no refetching behind a story's back. */
export const storyQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } });
