import type { CreditsClient } from '@creditkit/client';
import { createContext, useContext } from 'react';

export type CreditsTheme = 'light' | 'dark' | 'system';

export interface CreditsContextValue {
  client: CreditsClient;
  customerId: string;
  /** The pool widgets show when they are not given a `resourceId`; `null` is the global pool. */
  resourceId: string | null;
  setResourceId: (resourceId: string | null) => void;
  locale: string;
  theme: CreditsTheme;
}

export const CreditsContext = createContext<CreditsContextValue | null>(null);

/** The provider's settings; throws a sentence that says what to do when used outside it. */
export function useCreditsContext(): CreditsContextValue {
  const value = useContext(CreditsContext);
  if (!value) {
    throw new Error(
      'creditkit: this widget or hook is outside <CreditsProvider>. Wrap your app (or this part of it) in ' +
        '<CreditsProvider customerId="…" baseUrl="…" customerToken="…"> from @creditkit/react.',
    );
  }
  return value;
}
