import express, { type RequestHandler } from 'express';
import { ApiError } from '@creditkit/api';

/** The largest JSON body accepted: a batch of 1,000 usage events with dimensions fits well. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] ?? '0') !== '0';

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
export const jsonBody: RequestHandler = express.json({ limit: BODY_LIMIT_BYTES, strict: true });
