import { MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID, MOCK_RESOURCES } from '..';
import { PLAN_ID } from '../scenarios/catalogue';

/** What a step sends: a path under the origin, a JSON body, and whose credential it carries. */
export interface Request {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** A body sent as is, for malformed JSON. */
  rawBody?: string;
  /** Default: the mock customer's token. */
  as?: 'customer' | 'secret' | 'anonymous';
}

export interface Answer {
  status: number;
  /** Without parameters: `application/json`, `text/csv`. */
  contentType: string;
  body: unknown;
}

export type Call = (request: Request) => Promise<Answer>;

const customer = `/v1/customers/${MOCK_CUSTOMER_ID}`;
const pool = `currencyId=${MOCK_CURRENCY_ID}`;
const resource = MOCK_RESOURCES[0].id;

const usageEvent = {
  customerId: MOCK_CUSTOMER_ID,
  featureId: 'feat-chat-completion',
  value: '1500',
  idempotencyKey: 'parity-usage-1',
  dimensions: { model: 'large' },
};

const batchEvent = { ...usageEvent, idempotencyKey: 'parity-batch-1', value: '300', dimensions: { model: 'small' } };

type Step = [name: string, run: (call: Call, answers: Record<string, Answer>) => Promise<Answer>];

/** Step runners for the common shapes: a GET, a POST with the customer's token, a POST with the secret key. */
const get =
  (path: string, as?: Request['as']): Step[1] =>
  (call) =>
    call({ method: 'GET', path, ...(as ? { as } : {}) });
const post =
  (path: string, body: unknown): Step[1] =>
  (call) =>
    call({ method: 'POST', path, body });
const secretPost =
  (path: string, body: unknown): Step[1] =>
  (call) =>
    call({ method: 'POST', path, as: 'secret', body });

const subscription = { planId: PLAN_ID, resourceId: 'res-parity', idempotencyKey: 'parity-subscription-1' };

/** Customers, resources and subscriptions: the secret key's provisioning, refused to a customer token. */
const accountSteps: Step[] = [
  ['customers', get('/v1/customers', 'secret')],
  ['customers with a customer token', get('/v1/customers')],
  ['currency', get(`/v1/currencies/${MOCK_CURRENCY_ID}`)],
  ['unknown currency by id', get('/v1/currencies/cred-type-unknown')],
  [
    'create customer',
    secretPost('/v1/customers', { id: 'customer-parity', name: 'Parity Ltd', email: 'billing@parity.test' }),
  ],
  ['create the same customer again', secretPost('/v1/customers', { id: 'customer-parity', name: 'Again' })],
  [
    'create resource',
    secretPost(`${customer}/resources`, { id: 'res-parity', name: 'Parity workspace', type: 'workspace' }),
  ],
  ['provision a subscription on the resource', secretPost(`${customer}/subscriptions`, subscription)],
  ['provision the same subscription again', secretPost(`${customer}/subscriptions`, subscription)],
  ['provision an unknown plan', secretPost(`${customer}/subscriptions`, { planId: 'plan-nothing' })],
  ['provision with a customer token', post(`${customer}/subscriptions`, { planId: PLAN_ID })],
  ['resources after provisioning', get(`${customer}/resources`)],
  ['provisioned resource balance', get(`${customer}/balance?${pool}&resourceId=res-parity`)],
];

const promotion = {
  currencyId: MOCK_CURRENCY_ID,
  type: 'promotional',
  amount: '300',
  expiresAt: '2027-01-01T00:00:00.000Z',
  reason: 'Parity promotion',
  idempotencyKey: 'parity-grant-1',
};

/** Voids the grant the session made for that (the second time, it is voided already). */
const voidTheGrant: Step[1] = (call, answers) =>
  secretPost(`${customer}/grants/${String(field(answers['create a grant to void'], 'id'))}/void`, {
    reason: 'Granted twice',
  })(call, answers);

/** Grants made and voided by the secret key, dated and scheduled, so the lists below hold every status. */
const grantWriteSteps: Step[] = [
  ['create grant', secretPost(`${customer}/grants`, promotion)],
  ['create the same grant again', secretPost(`${customer}/grants`, promotion)],
  [
    'create a scheduled grant',
    secretPost(`${customer}/grants`, {
      currencyId: MOCK_CURRENCY_ID,
      amount: '700',
      effectiveAt: '2026-12-01T00:00:00.000Z',
    }),
  ],
  [
    'create a grant to void',
    secretPost(`${customer}/grants`, { currencyId: MOCK_CURRENCY_ID, amount: '50', reason: 'Granted twice' }),
  ],
  ['create grant with a customer token', post(`${customer}/grants`, { currencyId: MOCK_CURRENCY_ID, amount: '1' })],
  [
    'create grant with a negative amount',
    secretPost(`${customer}/grants`, { currencyId: MOCK_CURRENCY_ID, amount: '-5' }),
  ],
  ['void grant', voidTheGrant],
  ['void the voided grant', voidTheGrant],
  ['void an unknown grant', secretPost(`${customer}/grants/grant-nothing/void`, { reason: 'Nothing' })],
  ['grants by several statuses', get(`${customer}/grants?${pool}&status=voided&status=scheduled`)],
];

const grants = `${customer}/grants?${pool}`;

/** The first page of grants by remaining, ascending, then the next page with its cursor under `sort`. */
const cursorUnder =
  (sort: string): Step[1] =>
  async (call) => {
    const first = await call({ method: 'GET', path: `${grants}&sort=remaining&direction=asc&limit=1` });
    return call({ method: 'GET', path: `${grants}&${sort}&limit=1${cursorOf(first)}` });
  };

/**
 * The grants list's server-side sort: every key in both directions, paged one grant at a time to
 * the end through keyset cursors (`never` stands in the cursor for a grant that does not expire).
 */
const grantSortSteps: Step[] = [
  ...(['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining'] as const).flatMap((sort) =>
    (['asc', 'desc'] as const).map((direction): Step => [
      `grants by ${sort}, ${direction}, paged through`,
      (call) => pageThrough(call, `${grants}&sort=${sort}&direction=${direction}&limit=1`),
    ]),
  ),
  [
    'active grants by remaining, desc, two a page',
    (call) => pageThrough(call, `${grants}&status=active&sort=remaining&direction=desc&limit=2`),
  ],
  ['grants by amount, default direction', get(`${grants}&sort=amount`)],
  ["grants with another sort's cursor", cursorUnder('sort=amount&direction=asc')],
  ["grants with another direction's cursor", cursorUnder('sort=remaining&direction=desc')],
  ['grants with a made-up cursor', get(`${grants}&cursor=not-a-cursor`)],
  ['grants by an unknown key', get(`${grants}&sort=reason`)],
  ['grants in an unknown direction', get(`${grants}&sort=amount&direction=up`)],
  ['grants with a limit too large', get(`${grants}&limit=501`)],
];

const usage = `${customer}/usage?${pool}`;

/** The chart's query beyond a plain daily window by feature: pools, presets, granularities, groups, filters. */
const usageQuerySteps: Step[] = [
  [
    'usage of all pools, preset, weekly, by model',
    get(`${usage}&allPools=true&preset=30d&granularity=week&groupBy=model`),
  ],
  [
    'usage of a resource, hourly, one series',
    get(
      `${usage}&resourceId=${resource}&from=2026-11-14T00:00:00.000Z&to=2026-11-15T00:00:00.000Z&granularity=hour&groupBy=none`,
    ),
  ],
  [
    'usage monthly in a time zone, folded',
    get(`${usage}&preset=90d&granularity=month&timeZone=Europe/Berlin&maxSeries=2`),
  ],
  [
    'usage filtered by several values',
    get(`${usage}&preset=7d&filter=model:gpt-4o&filter=model:gpt-4o-mini&filter=region:us-east`),
  ],
  ['usage of last month', get(`${usage}&preset=last_month&granularity=week`)],
  ['usage dimensions of all pools', get(`${customer}/usage/dimensions?${pool}&allPools=true&preset=90d`)],
  ['usage with a bad filter', get(`${usage}&filter=no-colon`)],
  ['usage with an unknown time zone', get(`${usage}&timeZone=Mars/Olympus`)],
  ['usage with the window backwards', get(`${usage}&from=2026-11-15T00:00:00.000Z&to=2026-11-01T00:00:00.000Z`)],
  ['usage with an unknown granularity', get(`${usage}&granularity=minute`)],
];

/** Tokens, the demo clock, events and the live stream's refusals (an open stream never ends, so it is not compared). */
const adminSteps: Step[] = [
  [
    'mint a customer token',
    secretPost('/v1/tokens', {
      customerId: MOCK_CUSTOMER_ID,
      resourceIds: [resource],
      scopes: ['read'],
      expiresInSeconds: 600,
    }),
  ],
  ['mint a token with a customer token', post('/v1/tokens', { customerId: MOCK_CUSTOMER_ID })],
  ['mint a token for an unknown customer', secretPost('/v1/tokens', { customerId: 'customer-nothing' })],
  ['clock', get('/v1/admin/clock', 'secret')],
  ['set the clock outside demo mode', secretPost('/v1/admin/clock', { advanceSeconds: 60 })],
  ['clock with a customer token', get('/v1/admin/clock')],
  ['event stream with no credential', get(`${customer}/events/stream`, 'anonymous')],
  ["another customer's event stream", get('/v1/customers/customer-other/events/stream')],
  ['events after a sequence', get(`${customer}/events?after=5&limit=3`)],
];

/**
 * The session both sides run, step by step. A step may use what an earlier one answered (the
 * quote it confirms), so it is a script and not a table. Names are the tests' names.
 */
const steps: Step[] = [
  ['currencies', (call) => call({ method: 'GET', path: '/v1/currencies' })],
  ['packs', (call) => call({ method: 'GET', path: `/v1/currencies/${MOCK_CURRENCY_ID}/packs` })],
  ['features', (call) => call({ method: 'GET', path: '/v1/features' })],
  ['customer', (call) => call({ method: 'GET', path: customer })],
  ['resources', (call) => call({ method: 'GET', path: `${customer}/resources` })],
  ['balance', (call) => call({ method: 'GET', path: `${customer}/balance?${pool}` })],
  ['resource balance', (call) => call({ method: 'GET', path: `${customer}/balance?${pool}&resourceId=${resource}` })],
  ['balance summary', (call) => call({ method: 'GET', path: `${customer}/balances?${pool}` })],
  ['utilization', (call) => call({ method: 'GET', path: `${customer}/utilization?${pool}` })],
  ['forecast', (call) => call({ method: 'GET', path: `${customer}/forecast?${pool}` })],
  ['grants, first page', (call) => call({ method: 'GET', path: `${customer}/grants?${pool}&limit=1` })],
  [
    'grants, next page',
    (call, answers) =>
      call({ method: 'GET', path: `${customer}/grants?${pool}&limit=1${cursorOf(answers['grants, first page'])}` }),
  ],
  ['grants by status', (call) => call({ method: 'GET', path: `${customer}/grants?${pool}&status=active` })],
  ['ledger, first page', (call) => call({ method: 'GET', path: `${customer}/ledger?${pool}&limit=5` })],
  [
    'ledger, next page',
    (call, answers) =>
      call({ method: 'GET', path: `${customer}/ledger?${pool}&limit=5${cursorOf(answers['ledger, first page'])}` }),
  ],
  [
    'ledger by type and date',
    (call) =>
      call({
        method: 'GET',
        path: `${customer}/ledger?${pool}&type=grant&type=adjustment&from=2026-10-01T00:00:00.000Z&to=2026-11-15T00:00:00.000Z`,
      }),
  ],
  ['ledger export', (call) => call({ method: 'GET', path: `${customer}/ledger/export?${pool}` })],
  ['ledger export of grants only', get(`${customer}/ledger/export?${pool}&type=grant`)],
  ['ledger with an unknown filter', get(`${customer}/ledger?${pool}&types=grant`)],
  [
    'usage by feature',
    (call) =>
      call({
        method: 'GET',
        path: `${customer}/usage?${pool}&from=2026-11-01T00:00:00.000Z&to=2026-11-15T00:00:00.000Z&granularity=day&groupBy=feature`,
      }),
  ],
  [
    'usage dimensions',
    (call) =>
      call({
        method: 'GET',
        path: `${customer}/usage/dimensions?${pool}&from=2026-11-01T00:00:00.000Z&to=2026-11-15T00:00:00.000Z`,
      }),
  ],
  [
    'entitlement check',
    post(`${customer}/entitlements/check`, { featureId: 'feat-image-generation', requestedUsage: '2' }),
  ],
  [
    'entitlement check beyond the balance',
    post(`${customer}/entitlements/check`, { featureId: 'feat-image-generation', requestedUsage: '1000000' }),
  ],
  [
    'entitlement check with fields it does not know',
    post(`${customer}/entitlements/check`, {
      currencyId: MOCK_CURRENCY_ID,
      featureId: 'feat-image-generation',
      quantity: 2,
    }),
  ],
  [
    'quote',
    (call) =>
      call({
        method: 'POST',
        path: `${customer}/checkout/quotes`,
        body: { currencyId: MOCK_CURRENCY_ID, packId: 'pack-1000' },
      }),
  ],
  [
    'confirm',
    (call, answers) =>
      call({
        method: 'POST',
        path: `${customer}/checkout/confirm`,
        body: {
          quoteId: field(answers['quote'], 'id'),
          payment: card('4242424242424242'),
        },
      }),
  ],
  [
    'confirm again',
    (call, answers) =>
      call({
        method: 'POST',
        path: `${customer}/checkout/confirm`,
        body: {
          quoteId: field(answers['quote'], 'id'),
          payment: card('4242424242424242'),
        },
      }),
  ],
  [
    'custom amount quote',
    (call) =>
      call({
        method: 'POST',
        path: `${customer}/checkout/quotes`,
        body: { currencyId: MOCK_CURRENCY_ID, credits: '250' },
      }),
  ],
  [
    'declined card',
    (call, answers) =>
      call({
        method: 'POST',
        path: `${customer}/checkout/confirm`,
        body: { quoteId: field(answers['custom amount quote'], 'id'), payment: card('4000000000000002') },
      }),
  ],
  ['receipts', (call) => call({ method: 'GET', path: `${customer}/receipts` })],
  [
    'receipt',
    (call, answers) => call({ method: 'GET', path: `${customer}/receipts/${String(field(answers['confirm'], 'id'))}` }),
  ],
  ['unknown receipt', get(`${customer}/receipts/receipt-nothing`)],
  ['auto-recharge policy', (call) => call({ method: 'GET', path: `${customer}/auto-recharge/${MOCK_CURRENCY_ID}` })],
  [
    'auto-recharge, invalid',
    (call) =>
      call({
        method: 'PUT',
        path: `${customer}/auto-recharge/${MOCK_CURRENCY_ID}`,
        body: { enabled: true, threshold: '5000', target: '1000', monthlySpendLimit: '-1' },
      }),
  ],
  [
    'auto-recharge, valid',
    (call) =>
      call({
        method: 'PUT',
        path: `${customer}/auto-recharge/${MOCK_CURRENCY_ID}`,
        body: { enabled: true, threshold: '500', target: '3000', monthlySpendLimit: '100' },
      }),
  ],
  [
    'auto-recharge status',
    (call) => call({ method: 'GET', path: `${customer}/auto-recharge/${MOCK_CURRENCY_ID}/status` }),
  ],
  ['usage event', (call) => call({ method: 'POST', path: '/v1/usage', as: 'secret', body: usageEvent })],
  ['same usage event again', (call) => call({ method: 'POST', path: '/v1/usage', as: 'secret', body: usageEvent })],
  ['usage event with a customer token', post('/v1/usage', { ...usageEvent, idempotencyKey: 'parity-usage-2' })],
  [
    'usage batch',
    secretPost('/v1/usage/batch', {
      events: [
        batchEvent,
        // Each event stands alone: an unknown feature fails only itself.
        { ...usageEvent, idempotencyKey: 'parity-batch-2', featureId: 'feat-unknown' },
        { ...usageEvent, idempotencyKey: 'parity-batch-3', resourceId: resource, featureId: 'feat-embeddings' },
        // Seen before (the single event above): a duplicate, not a second charge.
        usageEvent,
      ],
    }),
  ],
  ['same usage batch again', secretPost('/v1/usage/batch', { events: [batchEvent] })],
  [
    'usage batch over 1,000 events',
    secretPost('/v1/usage/batch', {
      events: Array.from({ length: 1001 }, (_, i) => ({ ...usageEvent, idempotencyKey: `parity-big-${i}` })),
    }),
  ],
  ['empty usage batch', secretPost('/v1/usage/batch', { events: [] })],
  ['balance after all that', (call) => call({ method: 'GET', path: `${customer}/balance?${pool}` })],
  ['events', (call) => call({ method: 'GET', path: `${customer}/events?limit=10` })],
  [
    'adjustment by the secret key',
    (call) =>
      call({
        method: 'POST',
        path: `${customer}/adjustments`,
        as: 'secret',
        body: { currencyId: MOCK_CURRENCY_ID, amount: '25', reason: 'Goodwill' },
      }),
  ],
  ...accountSteps,
  ...grantWriteSteps,
  ...grantSortSteps,
  ...usageQuerySteps,
  ...adminSteps,
  ['audit log', (call) => call({ method: 'GET', path: '/v1/audit?limit=5', as: 'secret' })],
  ['audit log with a customer token', (call) => call({ method: 'GET', path: '/v1/audit' })],
  ['another customer', (call) => call({ method: 'GET', path: `/v1/customers/customer-other/balance?${pool}` })],
  ['no credential', (call) => call({ method: 'GET', path: `${customer}/balance?${pool}`, as: 'anonymous' })],
  ['unknown currency', (call) => call({ method: 'GET', path: `${customer}/balance?currencyId=cred-type-unknown` })],
  ['missing query', (call) => call({ method: 'GET', path: `${customer}/balance` })],
  [
    'malformed JSON',
    (call) => call({ method: 'POST', path: `${customer}/checkout/quotes`, rawBody: '{"currencyId":' }),
  ],
  ['wrong method', (call) => call({ method: 'DELETE', path: `${customer}/balance?${pool}` })],
  ['unknown path', (call) => call({ method: 'GET', path: '/v1/nothing-here' })],
];

const card = (cardNumber: string) => ({ cardNumber, expMonth: 12, expYear: 2030, cvc: '123', name: 'Ada Lovelace' });

export const parityStepNames = steps.map(([name]) => name);

const field = (answer: Answer | undefined, key: string): unknown =>
  answer && typeof answer.body === 'object' && answer.body !== null
    ? (answer.body as Record<string, unknown>)[key]
    : undefined;

const cursorOf = (answer: Answer | undefined) => {
  const cursor = field(answer, 'nextCursor');
  return typeof cursor === 'string' ? `&cursor=${encodeURIComponent(cursor)}` : '';
};

/**
 * Follows `nextCursor` from the first page to the last (at most 20 pages): one answer whose body
 * lists every page's status and body, in order.
 */
async function pageThrough(call: Call, path: string): Promise<Answer> {
  const pages: Answer[] = [];
  let cursor = '';
  do {
    const page = await call({ method: 'GET', path: `${path}${cursor}` });
    pages.push(page);
    cursor = cursorOf(page);
  } while (cursor && pages.length < 20);
  return {
    status: pages.every((page) => page.status === 200) ? 200 : pages.at(-1)!.status,
    contentType: pages[0]!.contentType,
    body: pages.map(({ status, body }) => ({ status, body })),
  };
}

/**
 * What legitimately differs between two servers: minted tokens, and the random tail of the test
 * payment provider's ids. Everything else, ids and times included, must match exactly.
 */
function normalize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => normalize(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, k)]));
  }
  if (key === 'token') return '<token>';
  // The test payment provider makes its payment ids unique across processes.
  if (key === 'paymentId' && typeof value === 'string') return value.replace(/_[a-z0-9]+$/, '_<random>');
  return value;
}

/** Runs the session against one target and returns every step's normalized answer by name. */
export async function runParitySuite(call: Call): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  for (const [name, run] of steps) {
    const answer = await run(call, answers);
    answers[name] = { ...answer, body: normalize(answer.body) };
  }
  return answers;
}
