// Load helpers for the HTTP rows: autocannon against 127.0.0.1 only, bounded in time.
import autocannon, { type Options, type Result } from 'autocannon';

export const SECRET_KEY = 'ck_secret_bench_0123456789abcdef0123456789abcdef';

export function assertLoopback(url: string): void {
  if (!/^http:\/\/127\.0\.0\.1:\d+/.test(url)) throw new Error(`load runs target only 127.0.0.1; refused ${url}`);
}

/** Runs autocannon and refuses a run where anything failed, so a figure never hides errors. */
export async function load(options: Options, { allowNon2xx = false } = {}): Promise<Result> {
  assertLoopback(options.url);
  const result = await autocannon({ timeout: 10, ...options });
  if (result.errors || result.timeouts || (!allowNon2xx && result.non2xx)) {
    throw new Error(
      `load run on ${options.url} had ${result.errors} errors, ${result.timeouts} timeouts and ${result.non2xx} non-2xx answers`,
    );
  }
  return result;
}

export async function api<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  assertLoopback(base);
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const DIMENSIONS = {
  user_id: Array.from({ length: 50 }, (_, i) => `user-${i + 1}`),
  model: ['gpt-large', 'gpt-small', 'embed-v3', 'vision-pro', 'audio-lite', 'code-max'],
  region: ['us-east', 'us-west', 'eu-central', 'ap-south'],
  source: ['api', 'web', 'batch'],
};

/** A realistic usage event with a unique idempotency key. */
export function usageEvent(customerId: string, featureId: string, n: number, resourceId?: string) {
  const pick = (values: string[]) => values[n % values.length]!;
  return {
    customerId,
    ...(resourceId ? { resourceId } : {}),
    featureId,
    value: String(1 + (n % 7)),
    idempotencyKey: `bench-${process.pid}-${n}`,
    dimensions: {
      user_id: pick(DIMENSIONS.user_id),
      model: pick(DIMENSIONS.model),
      region: pick(DIMENSIONS.region),
      source: pick(DIMENSIONS.source),
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
