import type { CreditsClient } from '@creditkit/client';
import { createContext, useContext } from 'react';

export type CreditsTheme = 'light' | 'dark' | 'system';

/** What an "Add credits" button asks the top-up checkout for. */
export interface TopUpRequest {
  currencyId: string;
  /** The pool to fund; `null` is the global pool. */
  resourceId: string | null;
}

/** Lets "Add credits" buttons open a `TopUpCheckout` mounted anywhere under the same provider. */
export interface TopUpController {
  /** What "Add credits" asked for, while the checkout is open; `null` when closed. */
  request: TopUpRequest | null;
  open(request: TopUpRequest): void;
  close(): void;
  /** `true` while a `TopUpCheckout` dialog host is mounted (it calls `register` on mount). */
  available: boolean;
  /** Called by a checkout host on mount; the returned function unregisters it. */
  register(): () => void;
}

export interface CreditsContextValue {
  client: CreditsClient;
  customerId: string;
  /** The pool widgets show when they are not given a `resourceId`; `null` is the global pool. */
  resourceId: string | null;
  setResourceId: (resourceId: string | null) => void;
  locale: string;
  /** The IANA time zone dates are shown in (the provider's `timeZone`, else the browser's). */
  timeZone: string;
  theme: CreditsTheme;
  topUp: TopUpController;
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

/** The pool a widget shows: its own `resourceId` prop when given (even `null`), else the provider's. */
export function usePoolScope(currencyId: string, resourceId: string | null | undefined) {
  const context = useCreditsContext();
  return {
    context,
    scope: {
      customerId: context.customerId,
      currencyId,
      resourceId: resourceId === undefined ? context.resourceId : resourceId,
    },
  };
}
