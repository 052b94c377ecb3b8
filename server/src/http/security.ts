import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for a JSON API: nothing may be loaded, framed or sniffed. The API reference
 * page sets its own, slightly wider policy (inline styles) on its route.
 */
export function apiSecurityHeaders(): RequestHandler {
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

/** The reference page's policy: its own inline styles, nothing else. */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
