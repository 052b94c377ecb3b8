import express, { type RequestHandler } from 'express';
import { ApiError } from '@creditkit/api';

/** The largest JSON body accepted: a batch of 1,000 usage events with dimensions fits well. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] ?? '0') !== '0';

/** Where JSON's leading whitespace (space, tab, line feed, carriage return) ends. */
function firstNonSpace(text: string): number {
  let i = 0;
  for (let c = text.charCodeAt(0); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  return i;
}

/** The two spellings clients send nearly always, recognised without parsing the media type. */
const isPlainJson = (type: string | undefined) =>
  type === 'application/json' || type === 'application/json; charset=utf-8';

/** Refuses a body that is not JSON with 415 before anything reads it. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (hasBody(req.headers) && !isPlainJson(req.headers['content-type']) && !req.is('application/json')) {
    next(
      new ApiError(
        415,
        'unsupported_media_type',
        `The request body is ${req.headers['content-type'] ?? 'untyped'}; send JSON with "Content-Type: application/json".`,
      ),
    );
    return;
  }
  next();
};

/** Parses JSON bodies (objects and arrays only); its errors become envelopes in `errorHandler`. */
const parseJson: RequestHandler = express.json({ limit: BODY_LIMIT_BYTES, strict: true });

/**
 * The JSON body parser, with a shorter way for the common request: plain UTF-8 JSON of a known
 * length within the limit, not compressed. That one is read and parsed here with the parser's own
 * rules (objects and arrays only, a leading byte order mark dropped) and the same error types;
 * every other request (chunked, compressed, other charsets, empty, too large) goes to the parser.
 */
export const jsonBody: RequestHandler = (req, res, next) => {
  const { headers } = req;
  const size = Number(headers['content-length']);
  if (
    headers['transfer-encoding'] !== undefined ||
    headers['content-encoding'] !== undefined ||
    !isPlainJson(headers['content-type']) ||
    !(size > 0 && size <= BODY_LIMIT_BYTES) ||
    req.readableEnded
  ) {
    return parseJson(req, res, next);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    chunks.push(chunk);
  };
  const onError = (error: Error) => {
    detach();
    next(Object.assign(error, { status: 400, type: 'request.aborted' }));
  };
  const onEnd = () => {
    detach();
    if (received !== size) {
      next(
        Object.assign(new Error('request size did not match content length'), {
          status: 400,
          type: 'request.size.invalid',
        }),
      );
      return;
    }
    let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      const first = text[firstNonSpace(text)];
      if (first !== '{' && first !== '[')
        throw new SyntaxError('Unexpected token in JSON: only objects and arrays are accepted');
      req.body = JSON.parse(text) as unknown;
    } catch (error) {
      next(
        Object.assign(error instanceof Error ? error : new SyntaxError(String(error)), {
          status: 400,
          type: 'entity.parse.failed',
        }),
      );
      return;
    }
    next();
  };
  const detach = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
};
