import { describe, expect, it } from 'vitest';
import { apiHelmet, apiSecurityHeaders, docsSecurityHeaders, headersOf } from '../src/http/security';

const names = (headers: { set: [string, string][] }) => headers.set.map(([name]) => name.toLowerCase()).sort();

describe('security headers', () => {
  it('are the ones helmet sets for the API, recorded once and replayed on every answer', () => {
    const replayed = headersOf(apiSecurityHeaders());
    expect(replayed).toEqual(headersOf(apiHelmet()));
    expect(Object.fromEntries(replayed.set)).toEqual({
      'Content-Security-Policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
    expect(names(replayed)).not.toContain('strict-transport-security');
  });

  it('add the document headers, and the page its own content policy, on the API reference page', () => {
    const page = headersOf(docsSecurityHeaders());
    expect(names(page)).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'origin-agent-cluster',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ]);
    expect(Object.fromEntries(page.set)['Content-Security-Policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'/,
    );
  });
});
