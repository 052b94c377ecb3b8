import { CreditEngine } from '@creditkit/core';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { seedDemo } from './seed';
import { LowdbStore } from './store/lowdb-store';

export interface StartOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** Wipe the data folder first. */
  reset?: boolean;
  /** Seed demo data into an empty data folder (default true). */
  seed?: boolean;
}

export interface RunningServer {
  url: string;
  engine: CreditEngine;
  close(): Promise<void>;
}

/** Opens the store, seeds it when new, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  if (options.reset) await rm(options.dataDir, { recursive: true, force: true });
  const store = await LowdbStore.open(options.dataDir);
  const isNew = store.isEmpty;
  const engine = await CreditEngine.open({ store });
  if (isNew && options.seed !== false) await seedDemo(engine);
  const app = createApp({ engine });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    engine,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
