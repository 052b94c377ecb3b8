import type { RequestHandler } from 'express';
import responseTime from 'response-time';

/**
 * `Server-Timing: app;dur=0.421` on every answer: milliseconds from the request reaching the app
 * to its head being written. Browsers' developer tools show it beside each request, and the bench
 * reads it to measure the entitlement check server side (SPEC §6), apart from the cost of the
 * load generator sharing the machine.
 */
export function serverTiming(): RequestHandler {
  return responseTime((_req, res, ms) => {
    res.setHeader('Server-Timing', `app;dur=${ms.toFixed(3)}`);
  });
}
