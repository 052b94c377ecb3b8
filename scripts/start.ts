// `npm start`: the reference engine on its lowdb data folder, plus the demo customer portal.
import {
  describeSecretKey,
  DEMO_CURRENCY_ID,
  DEMO_CUSTOMER_ID,
  parsePort,
  parseServerArgs,
  SERVER_USAGE,
  startServer,
} from '@creditkit/server';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions } from 'vite';

const USAGE = `${SERVER_USAGE.replace('creditkit-server', 'npm start --')} [--demo-port N]`;

function parse(argv: string[]) {
  const rest = [...argv];
  let demoPort = 5173;
  const at = rest.indexOf('--demo-port');
  if (at !== -1) {
    demoPort = parsePort(rest[at + 1] ?? '', '--demo-port');
    rest.splice(at, 2);
  }
  return { ...parseServerArgs(rest), demoPort };
}

let args: ReturnType<typeof parse>;
try {
  args = parse(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const engine = await startServer({ ...args, demoMode: true });
// The portal is a browser: it holds a customer token, never the secret key. The demo customer is
// its own account admin, so it may also change its auto-recharge policy (the portal's settings form).
const demoToken = await engine.tokens.mint({
  customerId: DEMO_CUSTOMER_ID,
  scopes: ['read', 'checkout', 'auto_recharge'],
  expiresInSeconds: 30 * 24 * 60 * 60,
});
const demo = await createServer({
  configFile: false,
  root: fileURLToPath(new URL('../demo', import.meta.url)),
  plugins: [react()],
  resolve: { conditions: ['@creditkit/source', ...defaultClientConditions] },
  define: {
    __CREDITKIT_DEMO__: JSON.stringify({
      customerId: DEMO_CUSTOMER_ID,
      currencyId: DEMO_CURRENCY_ID,
      customerToken: demoToken.token,
    }),
  },
  server: { port: args.demoPort, strictPort: true, host: '127.0.0.1', proxy: { '/v1': engine.url } },
  logLevel: 'warn',
});
await demo.listen();
const demoUrl = `http://127.0.0.1:${demo.config.server.port}`;

console.log(`
  creditkit is running
  ─ engine  ${engine.url}/v1   (data in ${args.dataDir})
  ─ portal  ${demoUrl}/
  ─ API reference  ${engine.url}/v1/docs
  ─ secret key  ${describeSecretKey(engine.secretKey)}
  ─ demo customer token (${DEMO_CUSTOMER_ID}, expires ${demoToken.expiresAt}):
    ${demoToken.token}
  Ctrl-C stops both.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([demo.close(), engine.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
