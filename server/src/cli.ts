import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorsOrigins, type CorsOrigins } from './http/cors';

export const SERVER_USAGE =
  'usage: creditkit-server [--port N] [--data-dir DIR] [--reset] [--no-seed] [--cors-origin ORIGINS] [--help]';

export interface ServerArgs {
  help: boolean;
  port: number;
  dataDir: string;
  reset: boolean;
  seed: boolean;
  corsOrigins: CorsOrigins;
}

/** Parses the server's flags; throws a sentence naming the bad flag (print it with the usage line). */
export function parseServerArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServerArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      reset: { type: 'boolean', default: false },
      'cors-origin': { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    help: values.help,
    port: parsePort(values.port ?? env.PORT ?? '4000', '--port'),
    dataDir: resolve(values['data-dir'] ?? env.CREDITKIT_DATA_DIR ?? '.data'),
    reset: values.reset,
    seed: !values['no-seed'],
    corsOrigins: parseCorsOrigins(values['cors-origin'] ?? env.CREDITKIT_CORS_ORIGIN ?? '*'),
  };
}

export function parsePort(text: string, flag: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new Error(`${flag} must be a whole number from 0 to 65535; got "${text}".`);
  return port;
}
