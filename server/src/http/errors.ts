import { notFoundResponse } from '@creditkit/api';
import { errorStatus } from '@creditkit/client';
import { CreditError } from '@creditkit/core';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** An error with its HTTP status; everything the server refuses is one of these or a CreditError. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound: RequestHandler = (req, res) => {
  // The contract's own 404, so the server and the MSW mocks answer an unknown route alike.
  const answer = notFoundResponse(req.method, req.path);
  res.status(answer.status).json(answer.body);
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Maps every failure to the envelope of SPEC §2; never leaks a stack trace or an HTML page. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  let status = 500;
  let body: { code: string; message: string; details?: unknown };
  const parserError = error as BodyParserError;
  if (error instanceof HttpError) {
    status = error.status;
    body = { code: error.code, message: error.message, details: error.details };
  } else if (error instanceof CreditError) {
    status = errorStatus[error.code] ?? 400;
    body = { code: error.code, message: error.message, details: error.details };
  } else if (parserError.type === 'entity.parse.failed') {
    status = 400;
    body = { code: 'malformed_json', message: 'The request body is not valid JSON; send a JSON object.' };
  } else if (parserError.type === 'entity.too.large') {
    status = 413;
    body = {
      code: 'payload_too_large',
      message: `The request body is larger than the ${parserError.limit ?? 'allowed'} bytes allowed; split it into smaller requests.`,
    };
  } else if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    status = parserError.status;
    body = { code: 'bad_request', message: 'The request could not be read; check its headers and body.' };
  } else {
    console.error(error);
    body = { code: 'internal_error', message: 'The server failed to handle this request; it has been logged.' };
  }
  res.status(status).json({ error: body });
};
