import type { Route } from '@creditkit/client';
import type { Principal } from './context';
import { ApiError } from './errors';
import type { ParsedInput } from './validate';

type CustomerPrincipal = Extract<Principal, { kind: 'customer' }>;

/**
 * What the credential may do, decided before the input is validated so a customer token probing
 * an admin route or another customer learns nothing from validation errors either.
 */
export function authorizeRoute(route: Route, principal: Principal | null, rawCustomerId: string | undefined): void {
  if (route.auth === 'public') return;
  if (!principal) {
    throw new ApiError(
      401,
      'unauthorized',
      'This route needs a credential: send `Authorization: Bearer <token>` with the secret key or a customer token.',
    );
  }
  if (principal.kind === 'secret') return;
  if (route.auth === 'secret') {
    throw new ApiError(
      403,
      'forbidden',
      `A customer token cannot call ${route.id} (${route.method} ${route.path}); call it from your server with the secret key.`,
    );
  }
  const scope = route.scope ?? 'read';
  if (!principal.scopes.includes(scope)) {
    throw new ApiError(
      403,
      'forbidden',
      `This customer token lacks the \`${scope}\` scope that ${route.id} needs; mint a token whose scopes include it.`,
      { requiredScope: scope },
    );
  }
  if (rawCustomerId !== undefined && rawCustomerId !== principal.customerId) {
    throw new ApiError(
      403,
      'forbidden',
      "This customer token is for another customer: it can only reach its own customer's data.",
    );
  }
}

/** A token limited to some resources reaches only their pools (never the global pool, nor all pools at once). */
export function authorizeResource(route: Route, principal: Principal | null, input: ParsedInput): void {
  if (principal?.kind !== 'customer' || principal.resourceIds === null) return;
  const fields = { ...input.query, ...input.body };
  if (fields.allPools === true) throw limited(principal, 'reading all pools at once');
  const declaresResource =
    (route.query && 'resourceId' in route.query.shape) || (route.body && 'resourceId' in route.body.shape);
  if (!declaresResource) return;
  const resourceId = typeof fields.resourceId === 'string' ? fields.resourceId : null;
  if (resourceId === null) throw limited(principal, "the customer's global pool");
  if (!principal.resourceIds.includes(resourceId)) throw limited(principal, `resource "${resourceId}"`);
}

export function limited(principal: CustomerPrincipal, what: string): ApiError {
  return new ApiError(
    403,
    'forbidden',
    `This customer token is limited to the resources ${principal.resourceIds?.map((r) => `"${r}"`).join(', ')} and cannot reach ${what}; pass one of them as \`resourceId\`.`,
    { resourceIds: principal.resourceIds },
  );
}

/** Whether the principal may see something of this pool (for filtering lists). */
export function canSeeResource(principal: Principal | null, resourceId: string | null): boolean {
  if (principal?.kind !== 'customer' || principal.resourceIds === null) return true;
  return resourceId !== null && principal.resourceIds.includes(resourceId);
}
