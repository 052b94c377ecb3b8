/**
 * Who is calling. The secret key may do everything; a customer token reads one customer's data
 * (only some resources' pools when `resourceIds` is set) and may buy top-ups, as its scopes say.
 */
export type Principal =
  | { kind: 'secret' }
  | { kind: 'customer'; customerId: string; resourceIds: string[] | null; scopes: string[]; expiresAt: string };
