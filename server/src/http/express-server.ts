import type { Express } from 'express';
import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';

type NodeConstructor = (this: object, ...args: unknown[]) => void;

/**
 * An HTTP server for `app` whose requests and responses are made as Express's own from the start.
 *
 * `app.listen` makes plain Node requests and responses, and Express then swaps each one's
 * prototype for its own (`Object.setPrototypeOf` in `app.handle`) on every request. V8 cannot keep
 * fast property access on an object whose prototype changed after it was made: every later read
 * and write of those two objects, in Node's HTTP code, Express and ours, takes the slow way. With
 * single-event ingestion that was about a third of the server's time per request.
 *
 * Here Node constructs them with Express's prototypes (Node's `IncomingMessage` and
 * `ServerResponse` options), so the swap finds the prototype already in place and changes nothing.
 * They are still instances of Node's classes, and Express's router handles every request as it
 * would behind `app.listen`.
 */
export function createExpressServer(app: Express): Server {
  function ExpressRequest(this: object, ...args: unknown[]) {
    (IncomingMessage as unknown as NodeConstructor).apply(this, args);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: object, ...args: unknown[]) {
    (ServerResponse as unknown as NodeConstructor).apply(this, args);
  }
  ExpressResponse.prototype = app.response;
  return createServer(
    {
      IncomingMessage: ExpressRequest as unknown as typeof IncomingMessage,
      ServerResponse: ExpressResponse as unknown as typeof ServerResponse,
    },
    app,
  );
}
