import { ApiError, errorResponse, notFoundResponse } from '@creditkit/api';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Paths the contract does not have at all; the contract routes answer 405 for wrong methods. */
export const notFound: RequestHandler = (req, res) => {
  // The contract's own 404, so the server and the MSW mocks answer an unknown route alike.
  const response = notFoundResponse(req.method, req.path);
  res.status(response.status).json(response.body);
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** What Express and its body parser refuse, as the API error it stands for. */
function fromExpress(error: BodyParserError): ApiError | null {
  if (error.type === 'entity.parse.failed') {
    return new ApiError(400, 'malformed_json', 'The request body is not valid JSON; send a JSON object.');
  }
  if (error.type === 'entity.too.large') {
    return new ApiError(
      413,
      'payload_too_large',
      `The request body is larger than the ${error.limit ?? 'allowed'} bytes allowed; split it into smaller requests.`,
    );
  }
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return new ApiError(415, 'unsupported_media_type', 'Send the JSON body in UTF-8, without a content encoding.');
  }
  if (error instanceof URIError || (error as { message?: string }).message?.startsWith('Failed to decode param')) {
    return new ApiError(
      400,
      'invalid_request',
      'The path holds a malformed percent-encoding; encode path segments with encodeURIComponent.',
    );
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new ApiError(error.status, 'bad_request', 'The request could not be read; check its headers and body.');
  }
  return null;
}

/** Maps every failure to the envelope of SPEC §2; never leaks a stack trace or an HTML page. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const known = error instanceof ApiError ? error : fromExpress((error ?? {}) as BodyParserError);
  if (!known) console.error(error);
  const response = errorResponse(known ?? error);
  res.status(response.status).json(response.body);
};
