// Starts the reference server as its own process, as a user would, for load runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface StartServerOptions {
  dataDir?: string;
  args?: string[];
  env?: Record<string, string>;
  /** How long to wait for the listening line. Default 60 s. */
  timeoutMs?: number;
}

/** Runs `server/src/main.ts` on a free port (127.0.0.1 only) and resolves once it listens. */
export async function startServerProcess(
  options: StartServerOptions = {},
): Promise<ServerProcess & { startupMs: number }> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'creditkit-bench-')));
  const args = ['--port', '0', '--data-dir', dataDir, ...(options.args ?? [])];
  const started = await startScript(join(root, 'server/src/main.ts'), args, options);
  return {
    ...started,
    dataDir,
    async stop({ keepData = false } = {}) {
      await started.stop();
      if (!keepData && !options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a TypeScript file with tsx and resolves with the loopback URL it prints. */
export async function startScript(
  file: string,
  args: string[] = [],
  options: Pick<StartServerOptions, 'env' | 'timeoutMs'> = {},
): Promise<Omit<ServerProcess, 'dataDir'> & { startupMs: number }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=@creditkit/source', file, ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not listen within ${options.timeoutMs ?? 60_000} ms:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match && Number(match[1]) > 0) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  const startupMs = performance.now() - t0;
  return {
    url,
    child,
    startupMs,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
