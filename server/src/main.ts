#!/usr/bin/env -S npx tsx --conditions=@creditkit/source
import { describeSecretKey } from './auth/secret-key';
import { parseServerArgs, SERVER_USAGE, type ServerArgs } from './cli';
import { startServer } from './start';

let args: ServerArgs;
try {
  args = parseServerArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${SERVER_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(SERVER_USAGE);
  process.exit(0);
}
const server = await startServer(args);
console.log(`creditkit engine listening on ${server.url}/v1 (data in ${args.dataDir})`);
console.log(`secret key ${describeSecretKey(server.secretKey)}`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
