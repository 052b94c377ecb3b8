import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for a JSON API: nothing may be loaded, framed or sniffed. The API reference
 * page sets its own, slightly wider policy (inline styles) on its route.
 */
export function apiSecurityHeaders(): RequestHandler {
  const { set, removed } = headersOf(apiHelmet());
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
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
    // Loopback development over plain HTTP must not be pinned to HTTPS by a browser.
    strictTransportSecurity: false,
  });
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
