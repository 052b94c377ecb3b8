import express from 'express';
import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createExpressServer } from '../src/http/express-server';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

async function listen(app: express.Express): Promise<{ url: string; made: boolean[] }> {
  const made: boolean[] = [];
  server = createExpressServer(app);
  // Runs before the app: what Node made, before Express could touch it.
  server.prependListener('request', (req, res) =>
    made.push(
      Object.getPrototypeOf(req) === app.request &&
        Object.getPrototypeOf(res) === app.response &&
        req instanceof IncomingMessage &&
        res instanceof ServerResponse,
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, made };
}

describe('createExpressServer', () => {
  it("makes every request and response with the app's own prototypes, so Express never swaps them", async () => {
    const app = express();
    app.get('/items/:id', (req, res) => {
      res.status(201).set('x-item', req.params.id).json({ path: req.path, q: req.query.q, host: req.hostname });
    });
    const { url, made } = await listen(app);
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/items/${i}?q=a`);
      expect(response.status).toBe(201);
      expect(response.headers.get('x-item')).toBe(String(i));
      expect(await response.json()).toEqual({ path: `/items/${i}`, q: 'a', host: '127.0.0.1' });
    }
    expect(made).toEqual([true, true, true]);
  });

  it('answers errors and unknown paths through the app as behind app.listen', async () => {
    const app = express();
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({ error: error.message });
    });
    const { url } = await listen(app);
    expect(await (await fetch(`${url}/boom`)).json()).toEqual({ error: 'boom' });
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);
  });
});
