import { describe, expect, it } from 'vitest';
import { createCreditsClient } from './client';
import type { CreditEvent } from './schemas';
import { readMessages } from './sse';

const event = (sequence: number): CreditEvent => ({
  sequence,
  id: `evt_${sequence}`,
  type: 'credits.granted',
  customerId: 'c1',
  currencyId: 'cred',
  resourceId: null,
  at: '2026-11-15T12:00:00.000Z',
  data: {},
});

const notice = `event: credits.balance.changed\ndata: ${JSON.stringify({
  type: 'credits.balance.changed',
  customerId: 'c1',
  currencyId: 'cred',
  resourceId: null,
  at: '2026-01-01T00:00:00.000Z',
})}\n\n`;
const frame = (e: CreditEvent) => `id: ${e.sequence}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/** A body that sends the chunks, then ends (or stays open until aborted). */
function stream(chunks: string[], { end = true, signal }: { end?: boolean; signal?: AbortSignal | null } = {}) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (end) controller.close();
      else signal?.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
}

describe('readMessages', () => {
  it('parses ids, types, multi-line data and comments across arbitrary chunk borders', async () => {
    const body = stream([': keep-alive\n\nid: 7\nev', 'ent: x\ndata: a\ndata: b\r\n', '\n']);
    const messages = [];
    for await (const m of readMessages(body)) messages.push(m);
    expect(messages).toEqual([{ id: '7', event: 'x', data: 'a\nb' }]);
  });
});

describe('subscribeEvents', () => {
  it('delivers events and balance notices, then reconnects after the last recorded event', async () => {
    const requests: Headers[] = [];
    const received: Array<number | string> = [];
    let unsubscribe = () => {};
    const done = new Promise<void>((resolve) => {
      const fetch = (_url: RequestInfo | URL, init: RequestInit = {}) => {
        requests.push(new Headers(init.headers));
        const body =
          requests.length === 1
            ? stream([frame(event(1)), frame(event(2)), notice])
            : stream([frame(event(3))], { end: false, signal: init.signal });
        return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
      };
      const client = createCreditsClient({ baseUrl: 'https://credits.test', token: 'tok', fetch });
      unsubscribe = client.subscribeEvents({
        customerId: 'c1',
        retryDelayMs: 1,
        onEvent: (e) => {
          if (e.type === 'credits.balance.changed') return received.push(`${e.type} ${e.currencyId}`);
          received.push(e.sequence);
          if (e.sequence === 3) resolve();
        },
      });
    });
    await done;
    unsubscribe();
    expect(received).toEqual([1, 2, 'credits.balance.changed cred', 3]);
    expect(requests[0]!.get('last-event-id')).toBeNull();
    // The notice carries no id: the reconnect resumes after the last recorded event.
    expect(requests[1]!.get('last-event-id')).toBe('2');
    expect(requests.every((h) => h.get('authorization') === 'Bearer tok')).toBe(true);
  });

  it('stops on 403 without retrying and reports it', async () => {
    let calls = 0;
    const fetch = () => {
      calls++;
      return Promise.resolve(
        new Response(JSON.stringify({ error: { code: 'forbidden', message: 'No.' } }), { status: 403 }),
      );
    };
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    const error = await new Promise<{ error: unknown; willRetry: boolean }>((resolve) => {
      client.subscribeEvents({
        customerId: 'c2',
        retryDelayMs: 1,
        onEvent: () => {},
        onError: (e, info) => resolve({ error: e, willRetry: info.willRetry }),
      });
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(error).toMatchObject({ willRetry: false, error: { status: 403, code: 'forbidden' } });
    expect(calls).toBe(1);
  });

  it('retries a failing network with backoff until unsubscribed', async () => {
    let calls = 0;
    const fetch = () => (calls++, Promise.reject(new TypeError('fetch failed')));
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    const stop = client.subscribeEvents({ customerId: 'c1', retryDelayMs: 5, maxRetryDelayMs: 10, onEvent: () => {} });
    await new Promise((r) => setTimeout(r, 80));
    stop();
    const seen = calls;
    expect(seen).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(calls).toBe(seen);
  });
});
