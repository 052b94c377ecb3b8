import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID } from '.';
import { setupCreditsServer } from './node';

const base = 'http://credits.test';
const customer = `${base}/v1/customers/${MOCK_CUSTOMER_ID}`;
let stop = () => {};
afterEach(() => stop());

async function start(...args: Parameters<typeof setupCreditsServer>) {
  const mock = await setupCreditsServer(args[0], { baseUrl: base, ...args[1] });
  mock.server.listen({ onUnhandledRequest: 'error' });
  stop = () => mock.server.close();
  return mock;
}

describe('the MSW adapter over @creditkit/api', () => {
  it('answers on any origin when no base URL is given', async () => {
    const { server } = await setupCreditsServer('healthy');
    server.listen({ onUnhandledRequest: 'error' });
    stop = () => server.close();
    const response = await fetch(
      `http://localhost:6006/v1/customers/${MOCK_CUSTOMER_ID}/balance?currencyId=${MOCK_CURRENCY_ID}`,
    );
    expect(await response.json()).toMatchObject({ balance: '12450.500' });
  });

  it('answers reads and writes as the mocked customer, through the real engine', async () => {
    await start('healthy');
    const quote = await fetch(`${customer}/checkout/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ currencyId: MOCK_CURRENCY_ID, packId: 'pack-1000' }),
    });
    expect(quote.status).toBe(201);
    expect(await quote.json()).toMatchObject({ credits: '1000.000', total: '12.00' });
  });

  it('refuses what a customer token may not do, with the server’s envelopes', async () => {
    await start('healthy');
    const other = await fetch(`${base}/v1/customers/customer-other/balance?currencyId=${MOCK_CURRENCY_ID}`);
    expect([403, 404]).toContain(other.status);
    const admin = await fetch(`${base}/v1/audit`);
    expect(admin.status).toBe(403);
    const unknown = await fetch(`${base}/v1/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const malformed = await fetch(`${customer}/checkout/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"currencyId":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'malformed_json' } });
  });

  it('exports the ledger as CSV', async () => {
    await start('healthy');
    const csv = await fetch(`${customer}/ledger/export?currencyId=${MOCK_CURRENCY_ID}`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\n')[0]).toMatch(/amount/);
  });

  it('streams a new event as Server-Sent Events', async () => {
    const { engine } = await start('healthy');
    const controller = new AbortController();
    const response = await fetch(`${customer}/events/stream`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await engine.createGrant({
      customerId: MOCK_CUSTOMER_ID,
      currencyId: MOCK_CURRENCY_ID,
      resourceId: null,
      type: 'paid',
      amount: '50',
      actor: { type: 'admin', id: 'test' },
    });
    let text = '';
    while (!text.includes('event: credits.granted')) text += (await reader.read()).value ?? '';
    controller.abort();
    expect(text).toMatch(/data: \{.*"type":"credits.granted"/);
  });
});
