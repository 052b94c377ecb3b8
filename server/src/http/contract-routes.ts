import {
  compileRoutePath,
  handle,
  matchRoute,
  notFoundResponse,
  type ApiContext,
  type ApiResponse,
} from '@creditkit/api';
import { routeList, type Route } from '@creditkit/client';
import type { RequestHandler, Response } from 'express';
import { principalOf } from '../auth/middleware';

interface IndexedRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  streams: boolean;
}

/**
 * The contract's routes by method and number of path segments, each list in the contract's order;
 * a request tries the few patterns of its own method and length instead of every route in turn.
 * Patterns match as Express's router would: case-insensitively, with one optional trailing slash.
 */
function indexRoutes(): Map<string, IndexedRoute[]> {
  const index = new Map<string, IndexedRoute[]>();
  for (const route of routeList) {
    const { pattern, names } = compileRoutePath(route.path, 'i');
    const key = indexKey(route.method, route.path);
    const list = index.get(key) ?? [];
    list.push({
      route,
      pattern,
      names,
      streams: route.produces === 'text/event-stream',
    });
    index.set(key, list);
  }
  return index;
}

/** Method and segment count; a trailing slash does not count as a segment. */
function indexKey(method: string, path: string): string {
  let segments = 0;
  const end = path.length > 1 && path.endsWith('/') ? path.length - 1 : path.length;
  for (let i = 0; i < end; i++) if (path.charCodeAt(i) === 47) segments++;
  return `${method} ${segments}`;
}

/** A path parameter decoded as Express decodes it: a malformed escape is a 400, not a guess. */
function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (error instanceof URIError) error.message = `Failed to decode param '${value}'`;
    throw error;
  }
}

/**
 * Answers every route of the contract's route table through one lookup, handing the request to
 * `@creditkit/api`: validation, authorization and the engine call live there, so this adapter
 * only moves bytes. HEAD takes a GET route (its body is dropped by Node), as in Express. A path
 * the contract has under other methods answers 405 with `Allow`; any other goes on to `next`.
 */
export function contractRoutes(context: Omit<ApiContext, 'principal'>): RequestHandler {
  const index = indexRoutes();
  return (req, res, next) => {
    const path = req.path;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const candidates = index.get(indexKey(method, path));
    if (candidates) {
      for (const { route, pattern, names, streams } of candidates) {
        const found = pattern.exec(path);
        if (!found) continue;
        const params: Record<string, string> = {};
        for (let i = 0; i < names.length; i++) params[names[i]!] = decodeParam(found[i + 1]!);
        return answer(context, route, streams, params, req, res);
      }
    }
    const match = matchRoute(req.method, path);
    if (match && 'allowed' in match) return send(res, notFoundResponse(req.method, path, match.allowed));
    next();
  };
}

async function answer(
  context: Omit<ApiContext, 'principal'>,
  route: Route,
  streams: boolean,
  params: Record<string, string>,
  req: Parameters<RequestHandler>[0],
  res: Response,
): Promise<void> {
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
    params,
    query,
    body: req.body as unknown,
    headers: req.headers,
    ...(signal ? { signal } : {}),
  });
  await send(res, response);
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
  if (response.body === undefined || response.status === 204 || response.status === 304) {
    res.json(response.body);
    return;
  }
  // What `res.json` sends with this app's settings (no ETag, no replacer or spacing), without its
  // content negotiation and freshness checks, which have nothing to act on here.
  const text = JSON.stringify(response.body);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
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
