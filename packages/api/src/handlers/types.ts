import type { OperationId, Routes } from '@creditkit/client';
import type { z } from 'zod';
import type { ApiContext } from '../context';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "no fields" for a part a route lacks
type None = {};
type Part<R, Key extends string> = R extends Record<Key, infer S extends z.ZodType> ? z.output<S> : None;

/** A request's parts, parsed by the route's schemas. */
export interface HandlerInput<K extends OperationId> {
  params: Part<Routes[K], 'params'>;
  query: Part<Routes[K], 'query'>;
  body: Part<Routes[K], 'body'>;
  headers: Part<Routes[K], 'headers'>;
}

/** What the route's response schema accepts: the compiler checks engine results against the contract. */
export type HandlerResult<K extends OperationId> = z.input<Routes[K]['response']>;

export type Handler<K extends OperationId> = (
  ctx: ApiContext,
  input: HandlerInput<K>,
) => HandlerResult<K> | Promise<HandlerResult<K>>;

/** Every operation but the event stream, which `handle` answers with a stream. */
export type HandledOperationId = Exclude<OperationId, 'streamEvents'>;
export type HandlerMap = { [K in HandledOperationId]: Handler<K> };
