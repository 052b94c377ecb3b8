import { operations } from './contract/operations';
import type { StreamMessage } from './schemas/events';
import { toApiError } from './errors';

export interface SubscribeEventsOptions {
  customerId: string;
  /** Called with each message, in order: recorded events, and balance notices (usage moved a pool). */
  onEvent: (event: StreamMessage) => void;
  /** Called when the connection fails; it reconnects unless `willRetry` is false (e.g. 401/403). */
  onError?: (error: unknown, info: { willRetry: boolean }) => void;
  /** Called each time the stream is (re)opened. */
  onOpen?: () => void;
  /** Resume after this event id instead of from now. */
  lastEventId?: string;
  /** First reconnect delay in ms, doubled per failure up to `maxRetryDelayMs`. Default 500. */
  retryDelayMs?: number;
  /** Default 30 000. */
  maxRetryDelayMs?: number;
}

interface Transport {
  base: string;
  fetch: typeof fetch;
  token: () => string | undefined;
}

/**
 * Server-Sent Events over `fetch` (not `EventSource`, which cannot send an Authorization header).
 * Reconnects with `Last-Event-ID` and exponential backoff; a 4xx other than 408/429 stops it,
 * since retrying cannot fix a bad token or a forbidden customer.
 */
export function subscribeEvents(transport: Transport, options: SubscribeEventsOptions): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  let lastEventId = options.lastEventId;
  const initialDelay = options.retryDelayMs ?? 500;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const path = operations.streamEvents.path.replace('{customerId}', encodeURIComponent(options.customerId));

  async function connect(): Promise<'retry' | 'stop'> {
    const headers = new Headers({ accept: 'text/event-stream' });
    const token = transport.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (lastEventId !== undefined) headers.set('last-event-id', lastEventId);
    const response = await transport.fetch(`${transport.base}${path}`, { headers, signal });
    if (!response.ok || !response.body) {
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      const error = await toApiError(response);
      options.onError?.(error, { willRetry: retryable });
      return retryable ? 'retry' : 'stop';
    }
    options.onOpen?.();
    for await (const message of readMessages(response.body)) {
      if (message.id !== undefined) lastEventId = message.id;
      if (message.data === '') continue;
      options.onEvent(JSON.parse(message.data) as StreamMessage);
    }
    return 'retry';
  }

  void (async () => {
    let delay = initialDelay;
    while (!signal.aborted) {
      const opened = Date.now();
      let outcome: 'retry' | 'stop';
      try {
        outcome = await connect();
      } catch (error) {
        if (signal.aborted) return;
        options.onError?.(error, { willRetry: true });
        outcome = 'retry';
      }
      if (outcome === 'stop' || signal.aborted) return;
      // A connection that lived a while was healthy: start the backoff over.
      if (Date.now() - opened > maxDelay) delay = initialDelay;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  })();

  return () => controller.abort();
}

interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** Parses the SSE wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export async function* readMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let message: SseMessage = { data: '' };
  let hasData = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (hasData || message.id !== undefined) yield message;
        message = { data: '' };
        hasData = false;
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const raw = colon === -1 ? '' : line.slice(colon + 1);
      const text = raw.startsWith(' ') ? raw.slice(1) : raw;
      if (field === 'data') {
        message.data = hasData ? `${message.data}\n${text}` : text;
        hasData = true;
      } else if (field === 'id') message.id = text;
      else if (field === 'event') message.event = text;
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
