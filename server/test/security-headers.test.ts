import { describe, expect, it } from 'vitest';
import { apiHelmet, apiSecurityHeaders, headersOf } from '../src/http/security';

describe('security headers', () => {
  it('are the ones helmet sets, recorded once and replayed on every answer', () => {
    const replayed = headersOf(apiSecurityHeaders());
    expect(replayed).toEqual(headersOf(apiHelmet()));
    expect(Object.fromEntries(replayed.set)).toMatchObject({
      'Content-Security-Policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(replayed.set.map(([name]) => name)).not.toContain('Strict-Transport-Security');
  });
});
