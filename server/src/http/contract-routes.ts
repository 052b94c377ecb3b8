import { handle, matchRoute, notFoundResponse, type ApiContext, type ApiResponse } from '@creditkit/api';
import { routeList } from '@creditkit/client';
import { Router, type Response } from 'express';
import { principalOf } from '../auth/middleware';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One Express route per entry of the contract's route table, each handing the request to
 * `@creditkit/api`: validation, authorization and the engine call live there, so this adapter
 * only moves bytes. A path the contract has under other methods answers 405 with `Allow`.
 */
export function contractRoutes(context: Omit<ApiContext, 'principal'>): Router {
  const router = Router();
  for (const route of routeList) {
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    const streams = route.produces === 'text/event-stream';
    router[route.method.toLowerCase() as Method](path, async (req, res) => {
      // Only a stream outlives its request and must learn that the client left; aborting a
      // controller on every answer's close would cost a DOMException per request.
      let signal: AbortSignal | undefined;
      if (streams) {
        const closed = new AbortController();
        res.on('close', () => closed.abort());
        signal = closed.signal;
      }
      // EventSource sends its token as `access_token` (see authenticate); it is not an input.
      const { access_token: _token, ...query } = req.query as Record<string, string | string[] | undefined>;
      const response = await handle({ ...context, principal: principalOf(res) }, route.id, {
        params: req.params as Record<string, string>,
        query,
        body: req.body as unknown,
        headers: req.headers,
        ...(signal ? { signal } : {}),
      });
      await send(res, response);
    });
  }
  router.use((req, res, next) => {
    const match = matchRoute(req.method, req.path);
    if (match && 'allowed' in match) void send(res, notFoundResponse(req.method, req.path, match.allowed));
    else next();
  });
  return router;
}

async function send(res: Response, response: ApiResponse): Promise<void> {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.stream) {
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    for await (const frame of response.stream) {
      if (res.writableEnded || res.destroyed) break;
      // A slow reader: take no more frames until its socket drains. Meanwhile the stream's own
      // queue is bounded (it ends, and the reconnect replays from the log), so memory stays flat.
      if (!res.write(frame) && !(await drained(res))) break;
    }
    res.end();
    return;
  }
  if (response.contentType && !response.contentType.startsWith('application/json')) {
    res.type(response.contentType).send(String(response.body ?? ''));
    return;
  }
  res.json(response.body);
}

/** Resolves true once `res` can take more, false if it closed first. */
function drained(res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}
