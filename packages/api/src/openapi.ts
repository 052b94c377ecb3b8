import { ErrorEnvelope, routeList, type Route } from '@creditkit/client';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';

export interface OpenApiOptions {
  /** Servers listed in the document, e.g. `[{ url: 'http://localhost:4010' }]`. Default: none. */
  servers?: { url: string; description?: string }[];
  /** Default: the package version. */
  version?: string;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorEnvelope } },
});

/** The error answers each kind of route can give, beside its success. */
function errorResponses(route: Route): ZodOpenApiOperationObject['responses'] {
  const hasInput = Boolean(route.params ?? route.query ?? route.body);
  return {
    ...(hasInput
      ? { 400: errorResponse('The request does not match the contract; `details.fields` names each field.') }
      : {}),
    ...(route.auth === 'public' ? {} : { 401: errorResponse('No credential, or an expired or forged one.') }),
    ...(route.auth === 'public'
      ? {}
      : { 403: errorResponse("The credential may not do this, or not on this customer's data.") }),
    ...(route.params ? { 404: errorResponse('Something the path names does not exist.') } : {}),
    ...(route.method === 'GET'
      ? {}
      : { 409: errorResponse('An idempotency key reused with a different payload, or a conflict.') }),
    ...(['reportUsage', 'confirmCheckout', 'createAdjustment'].includes(route.id)
      ? { 402: errorResponse('`insufficient_credits` under a hard limit, or `payment_declined`.') }
      : {}),
  };
}

function operation(route: Route): ZodOpenApiOperationObject {
  const produces = route.produces ?? 'application/json';
  return {
    operationId: route.id,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security:
      route.auth === 'public'
        ? []
        : route.auth === 'secret'
          ? [{ secretKey: [] }]
          : [{ secretKey: [] }, { customerToken: [] }],
    requestParams: {
      ...(route.params ? { path: route.params } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(route.headers ? { header: route.headers } : {}),
    },
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
    responses: {
      [route.successStatus ?? 200]: { description: route.summary, content: { [produces]: { schema: route.response } } },
      ...errorResponses(route),
    },
  };
}

/** The OpenAPI 3.1 document of the whole contract, generated from the route table. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routeList) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'] = operation(route);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'creditkit',
      version: options.version ?? '0.1.0',
      description:
        'Show and sell credits: balances and pools, grants, ledger, usage, checkout, auto-recharge and events. ' +
        'Credits and money are decimal strings; times are ISO 8601 instants. Request objects refuse unknown fields.',
    },
    ...(options.servers ? { servers: options.servers } : {}),
    components: {
      securitySchemes: {
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'The secret key: server to server, may do everything.',
        },
        customerToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "A customer token minted with POST /v1/tokens: one customer's data, top-ups, auto-recharge.",
        },
      },
    },
    paths,
  });
}
