import { MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID, MOCK_RESOURCES } from '..';

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

/**
 * The session both sides run, step by step. A step may use what an earlier one answered (the
 * quote it confirms), so it is a script and not a table. Names are the tests' names.
 */
const steps: [name: string, run: (call: Call, answers: Record<string, Answer>) => Promise<Answer>][] = [
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
        path: `${customer}/ledger?${pool}&types=grant&from=2026-10-01T00:00:00.000Z&to=2026-11-15T00:00:00.000Z`,
      }),
  ],
  ['ledger export', (call) => call({ method: 'GET', path: `${customer}/ledger/export?${pool}` })],
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
    (call) =>
      call({
        method: 'POST',
        path: `${customer}/entitlements/check`,
        body: { currencyId: MOCK_CURRENCY_ID, featureId: 'feat-image-generation', quantity: 2 },
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

const usageEvent = {
  customerId: MOCK_CUSTOMER_ID,
  featureId: 'feat-chat-completion',
  quantity: '1500',
  idempotencyKey: 'parity-usage-1',
  dimensions: { model: 'large' },
};

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
