import { createCreditsClient, type CreditsClient } from '@creditkit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { CreditsContext, type CreditsContextValue, type CreditsTheme, type TopUpRequest } from './context';
import { useLiveUpdates } from './live';
import '../theme/tokens.css';

interface ProviderBase {
  /** The customer whose credits the widgets show. */
  customerId: string;
  /** The pool widgets show by default: a resource id, or `null`/omitted for the global pool. */
  resourceId?: string | null;
  /** Called when a `ResourceSelector` (or `setResourceId`) changes the default pool. */
  onResourceChange?: (resourceId: string | null) => void;
  /** BCP 47 locale for numbers and dates. Default: the browser's (`navigator.language`), else `en-US`. */
  locale?: string;
  /**
   * IANA time zone whose calendar the widgets' dates and the usage chart's days, weeks and months
   * follow, e.g. `Europe/Berlin`. Default: the browser's.
   */
  timeZone?: string;
  /** Colour theme of the widgets. Default: `light`. */
  theme?: CreditsTheme;
  /** A host `QueryClient` to share caches with; the provider makes its own otherwise. */
  queryClient?: QueryClient;
  /**
   * Keep widgets current from the customer's live event stream (Server-Sent Events), so usage
   * reported anywhere shows within a second. Default: `true`.
   */
  live?: boolean;
  children?: ReactNode;
}

export type CreditsProviderProps = ProviderBase &
  (
    | {
        /** Where the creditkit contract is served (without `/v1`). */
        baseUrl: string;
        /** A customer token minted by your server with the secret key. */
        customerToken: string;
        client?: never;
      }
    | {
        /** A ready client, e.g. one that talks to your own backend. */
        client: CreditsClient;
        baseUrl?: never;
        customerToken?: never;
      }
  );

const defaultLocale = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-US';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The zone asked for when the runtime knows it; otherwise the browser's, with a warning that says why. */
function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone === undefined) return browserTimeZone();
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    console.warn(
      `creditkit: <CreditsProvider timeZone="${timeZone}"> is not an IANA time zone; pass one such as "Europe/Berlin" ` +
        'or "UTC". Using the browser\'s time zone instead.',
    );
    return browserTimeZone();
  }
}

/** Gives every creditkit widget below it a client, a customer, a default pool, a locale and a theme. */
export function CreditsProvider(props: CreditsProviderProps) {
  const [ownQueryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={props.queryClient ?? ownQueryClient}>
      <ProviderInner {...props} />
    </QueryClientProvider>
  );
}

function ProviderInner(props: CreditsProviderProps) {
  const { customerId, locale, theme = 'light', children, onResourceChange, live = true } = props;
  const timeZone = useMemo(() => resolveTimeZone(props.timeZone), [props.timeZone]);
  const [uncontrolledResource, setUncontrolledResource] = useState<string | null>(props.resourceId ?? null);
  const isControlled = props.resourceId !== undefined && onResourceChange !== undefined;
  const resourceId = isControlled ? (props.resourceId ?? null) : uncontrolledResource;

  const client = useMemo(
    () => props.client ?? createCreditsClient({ baseUrl: props.baseUrl!, token: props.customerToken }),
    [props.client, props.baseUrl, props.customerToken],
  );

  useLiveUpdates(client, customerId, live);

  const [topUpRequest, setTopUpRequest] = useState<TopUpRequest | null>(null);
  const [checkoutHosts, setCheckoutHosts] = useState(0);
  const register = useCallback(() => {
    setCheckoutHosts((n) => n + 1);
    return () => setCheckoutHosts((n) => n - 1);
  }, []);
  const topUp = useMemo(
    () => ({
      request: topUpRequest,
      open: (request: TopUpRequest) => setTopUpRequest(request),
      close: () => setTopUpRequest(null),
      available: checkoutHosts > 0,
      register,
    }),
    [topUpRequest, checkoutHosts, register],
  );

  const value = useMemo<CreditsContextValue>(
    () => ({
      client,
      customerId,
      resourceId,
      setResourceId: (next) => {
        if (!isControlled) setUncontrolledResource(next);
        onResourceChange?.(next);
      },
      locale: locale ?? defaultLocale(),
      timeZone,
      theme,
      topUp,
    }),
    [client, customerId, resourceId, isControlled, onResourceChange, locale, timeZone, theme, topUp],
  );

  return (
    <CreditsContext.Provider value={value}>
      <div className="ck-root" data-ck-theme={theme}>
        {children}
      </div>
    </CreditsContext.Provider>
  );
}
