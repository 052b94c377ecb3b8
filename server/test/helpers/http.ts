import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExpressServer } from '../../src/http/express-server';

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: T;
}

export interface Http {
  base: string;
  /** Sends `body` as JSON (a string is sent as it is, for malformed bodies). */
  request<T = unknown>(
    method: string,
    path: string,
    options?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<Reply<T>>;
  close(): Promise<void>;
}

/**
 * The app on a loopback port, called with `fetch` over kept-alive connections: closer to a real
 * client than supertest's server per request, and fast enough for thousands of requests.
 */
export async function listen(app: Express): Promise<Http> {
  const server = await new Promise<Server>((resolve) => {
    // A thousand connections opened at once overflow the default accept queue (511) when the
    // machine is busy; the kernel then resets the ones it dropped (ECONNRESET in the test).
    // Served as `startServer` serves it (see `createExpressServer`), not through `app.listen`.
    const s = createExpressServer(app);
    s.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, () => resolve(s));
  });
  // Node closes an idle kept-alive socket after 5 s; on a stalled machine fetch can reuse one just
  // as it closes (ECONNRESET). Tests close the server themselves, so idle sockets may wait longer.
  server.keepAliveTimeout = 120_000;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    request: (method, path, options = {}) => send(base, method, path, options),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function send<T>(
  base: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Reply<T>> {
  const hasBody = options.body !== undefined;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(hasBody ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('application/json');
  return { status: res.status, headers: res.headers, body: (json ? JSON.parse(text) : text) as T };
}
