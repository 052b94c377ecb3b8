import { CreditEngine } from '@creditkit/core';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { RateLimitOptions } from './auth/middleware';
import { resolveSecretKey, type SecretKey } from './auth/secret-key';
import { TokenIssuer } from './auth/tokens';
import type { CorsOrigins } from './http/cors';
import { ServerClock } from './clock';
import { answerClientErrors } from './http/client-error';
import { createExpressServer } from './http/express-server';
import { seedDemo } from './seed';
import { LowdbStore } from './store/lowdb-store';

export interface StartOptions {
  port: number;
  /** Default 127.0.0.1: the reference engine listens on loopback unless told otherwise. */
  host?: string;
  dataDir: string;
  /** Wipe the data folder first. Default false. */
  reset?: boolean;
  /** Seed demo data into an empty data folder. Default true. */
  seed?: boolean;
  /** Origins allowed to call from a browser. Default `*`. */
  corsOrigins?: CorsOrigins;
  rateLimit?: RateLimitOptions;
  /** Lets the admin clock routes move the engine's clock (`npm start`). Default false. */
  demoMode?: boolean;
  /** Where the secret key may come from; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  url: string;
  engine: CreditEngine;
  secretKey: SecretKey;
  tokens: TokenIssuer;
  /** True when this start created and seeded the data. */
  seeded: boolean;
  close(): Promise<void>;
}

/** Opens the store, seeds it when new, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  if (options.reset) await rm(options.dataDir, { recursive: true, force: true });
  const store = await LowdbStore.open(options.dataDir);
  const secretKey = await resolveSecretKey(options.dataDir, options.env);
  const isNew = store.isEmpty;
  const clock = new ServerClock();
  const engine = await CreditEngine.open({ store, clock });
  const seeded = isNew && options.seed !== false;
  if (seeded) {
    await seedDemo(engine, { moveClock: (at) => clock.freeze(at), endAt: clock.now() });
    clock.resume();
  }
  const tokens = new TokenIssuer(secretKey.value);
  const app = createApp({
    engine,
    secretKey: secretKey.value,
    tokens,
    clock,
    demoMode: options.demoMode ?? false,
    corsOrigins: options.corsOrigins ?? '*',
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    // Not `app.listen`: see `createExpressServer`.
    const s = createExpressServer(app);
    s.once('error', reject);
    s.listen(options.port, host, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  answerClientErrors(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    engine,
    secretKey,
    tokens,
    seeded,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
