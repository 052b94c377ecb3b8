import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-file';

export const SECRET_KEY_FILE = 'secret-key';
const PREFIX = 'ck_secret_';

export interface SecretKey {
  /** The key itself: whoever holds it may do everything. */
  value: string;
  /** Where it came from, so start-up can say where to find it. */
  source: { kind: 'env'; variable: string } | { kind: 'file'; file: string; created: boolean };
}

/**
 * The server's secret key: `CREDITKIT_SECRET_KEY` when set, else the one kept in the data folder,
 * else a new random one written there (readable by the owner only) on first start.
 */
export async function resolveSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SecretKey> {
  const fromEnv = env.CREDITKIT_SECRET_KEY?.trim();
  if (fromEnv) {
    if (fromEnv.length < 24) {
      throw new Error(
        `CREDITKIT_SECRET_KEY is ${fromEnv.length} characters long; use at least 24 random characters (or unset it to have one generated).`,
      );
    }
    return { value: fromEnv, source: { kind: 'env', variable: 'CREDITKIT_SECRET_KEY' } };
  }
  const file = join(dataDir, SECRET_KEY_FILE);
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 24) return { value: stored, source: { kind: 'file', file, created: false } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  await writeFileDurably(file, `${value}\n`, 0o600);
  return { value, source: { kind: 'file', file, created: true } };
}

/** Compares a presented key with the real one (its bytes may be given once for all requests) in constant time. */
export function isSecretKey(presented: string, key: string | Buffer): boolean {
  const a = Buffer.from(presented);
  const b = typeof key === 'string' ? Buffer.from(key) : key;
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A one-line description of where the key lives, for the start-up banner. */
export function describeSecretKey({ source }: SecretKey): string {
  if (source.kind === 'env') return `from $${source.variable}`;
  return `${source.created ? 'generated and stored in' : 'stored in'} ${source.file}`;
}
