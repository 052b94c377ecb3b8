export { createApp } from './app';
export type { AppOptions } from './app';
export { startServer } from './start';
export type { RunningServer, StartOptions } from './start';
export { LowdbStore } from './store/lowdb-store';
export { DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, seedDemo } from './seed';
export { parsePort, parseServerArgs, SERVER_USAGE } from './cli';
export type { ServerArgs } from './cli';
