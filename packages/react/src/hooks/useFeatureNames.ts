import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCreditsContext } from '../provider/context';
import { creditQueries } from '../queries';

/**
 * The display names of a currency's features, from the catalogue: `name("chat-large")` reads
 * "Chat (large model)". An id the catalogue does not know (or before it loads, or when it fails)
 * reads as itself, so a row is never blank.
 */
export function useFeatureNames(currencyId: string): (featureId: string) => string {
  const { client, customerId } = useCreditsContext();
  const { data } = useQuery(creditQueries.features(client, customerId, currencyId));
  return useMemo(() => {
    const names = new Map(data?.data.map((feature) => [feature.id, feature.displayName]));
    return (featureId: string) => names.get(featureId) ?? featureId;
  }, [data]);
}
