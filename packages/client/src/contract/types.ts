import type { z } from 'zod';
import type { OperationId } from './operations';
import type { Routes } from './routes';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "no fields" in an intersection
type None = {};

type Output<R, Key extends string> = R extends Record<Key, infer S extends z.ZodType> ? z.output<S> : None;
type Input<R, Key extends string> = R extends Record<Key, infer S extends z.ZodType> ? z.input<S> : None;
/**
 * Query fields as a caller holds them: an optional field also takes `null` (widgets hold "no
 * resource" as null) and is left out; a repeatable field also takes a single value.
 */
type QueryFields<T> = {
  [K in keyof T]: (undefined extends T[K] ? null : never) | OneOrMany<T[K]>;
};
type OneOrMany<V> = V extends readonly (infer E)[] ? V | E : V;

/**
 * What a client call takes: path parameters, query and body fields in one flat object (the
 * contract keeps their names apart). Query fields are typed as parsed (`limit: number`), body
 * fields as sent.
 */
export type OperationInput<K extends OperationId> = Simplify<
  Output<Routes[K], 'params'> & QueryFields<Output<Routes[K], 'query'>> & Input<Routes[K], 'body'>
>;

/** What a client call resolves to: the parsed JSON body, or the text of a CSV export. */
export type OperationOutput<K extends OperationId> = Routes[K] extends { produces: 'text/csv' }
  ? string
  : z.output<Routes[K]['response']>;

/** Operations the client calls as request/response (the SSE stream has its own helper). */
export type ClientOperationId = Exclude<OperationId, 'streamEvents'>;

/** True when every input field of an operation is optional, so the call may omit its input. */
export type InputIsOptional<K extends OperationId> = None extends OperationInput<K> ? true : false;
