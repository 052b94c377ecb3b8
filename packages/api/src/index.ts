export { handle, notFoundResponse } from './handle';
export { compileRoutePath, matchRoute } from './match';
export type { RouteMatch } from './match';
export { eventStream } from './event-stream';
export type { EventStreamOptions } from './event-stream';
export { ApiError, envelope, errorResponse } from './errors';
export { parseInput } from './validate';
export type { FieldError, ParsedInput } from './validate';
export { canSeeResource } from './authorize';
export { handlers } from './handlers';
export type { HandledOperationId, Handler, HandlerInput, HandlerMap, HandlerResult } from './handlers';
export type {
  ApiContext,
  ApiResponse,
  ControllableClock,
  MintTokenInput,
  Principal,
  RawInput,
  TokenMinter,
} from './context';
export { buildOpenApiDocument } from './openapi';
export type { OpenApiOptions } from './openapi';
