import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Stack {
  engineUrl: string;
  portalUrl: string;
  dataDir: string;
  /** The secret key the engine generated in its data folder (a header value: `Bearer …`). */
  secretKey: string;
  /** The demo customer's token that `npm start` printed and handed to the portal. */
  customerToken: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm start`'s stack (engine + portal) on a temporary data folder, as its own process. */
export async function startStack(extraArgs: string[] = []): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'creditkit-e2e-'));
  const [port, demoPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--conditions=@creditkit/source',
      join(root, 'scripts/start.ts'),
      '--port',
      String(port),
      '--demo-port',
      String(demoPort),
      '--data-dir',
      dataDir,
      ...extraArgs,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack did not start in 45 s:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops both')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited with ${code}:\n${output}`));
    });
  });
  const customerToken = /demo customer token[^\n]*\n\s*(\S+)/.exec(output)?.[1] ?? '';
  const secretKey = (await readFile(join(dataDir, 'secret-key'), 'utf8')).trim();
  return {
    engineUrl: `http://127.0.0.1:${port}`,
    secretKey,
    customerToken,
    portalUrl: `http://127.0.0.1:${demoPort}`,
    dataDir,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
