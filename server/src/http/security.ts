import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for a JSON API: nothing may be loaded, framed or sniffed. helmet's headers that
 * only act on documents (opener policy, origin-keyed agent clusters, DNS prefetching) or only in
 * retired software (IE's download options and XSS filter, Flash and Acrobat cross-domain policies)
 * are left to the API reference page, the one document this server serves (`docsSecurityHeaders`):
 * on every JSON answer they are bytes that nothing reads, on both ends of every request.
 */
export function apiSecurityHeaders(): RequestHandler {
  return replay(apiHelmet());
}

/** helmet as configured for the API, as one would mount it. */
export function apiHelmet(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    // Browsers on other origins (the widgets) read these responses through CORS.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Loopback development over plain HTTP must not be pinned to HTTPS by a browser.
    strictTransportSecurity: false,
    // Document-only, or for retired software: see `apiSecurityHeaders`.
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
}

/**
 * The reference page's headers, added to the API's: its own content policy (inline styles) and
 * the document headers the JSON answers go without.
 */
export function docsSecurityHeaders(): RequestHandler {
  return replay(
    helmet({
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: false,
      referrerPolicy: false,
      strictTransportSecurity: false,
      xContentTypeOptions: false,
      xFrameOptions: false,
    }),
    [['Content-Security-Policy', DOCS_CONTENT_SECURITY_POLICY]],
  );
}

/** Sets what `middleware` sets, recorded once (plus `extra`), on every answer. */
function replay(middleware: RequestHandler, extra: [string, string][] = []): RequestHandler {
  const { set, removed } = headersOf(middleware);
  set.push(...extra);
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

/**
 * What a header-setting middleware does, recorded once. helmet's headers here depend on nothing in
 * the request, so every answer gets the recording instead of a dozen middleware calls that each
 * work the same value out again.
 */
export function headersOf(middleware: RequestHandler): { set: [string, string][]; removed: string[] } {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error('the security headers middleware did not finish synchronously');
  return { set, removed };
}

/** The reference page's policy: its own inline styles, nothing else. */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
