import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/start';
import { TEST_SECRET_KEY } from './helpers/app';
import { send } from './helpers/http';

let dir: string;
let server: RunningServer | null = null;
const env = { CREDITKIT_SECRET_KEY: TEST_SECRET_KEY };
const headers = { authorization: `Bearer ${TEST_SECRET_KEY}` };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creditkit-start-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

/** Writes raw bytes and reads the whole answer: for requests fetch would refuse to send. */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the server as started', () => {
  it('keeps its data and secret across restarts, and starts empty again with reset', async () => {
    server = await startServer({ port: 0, dataDir: dir, seed: false, env: {} });
    expect(server.seeded).toBe(false);
    const key = server.secretKey.value;
    const auth = { authorization: `Bearer ${key}` };
    expect(
      (await send(server.url, 'POST', '/v1/customers', { headers: auth, body: { id: 'c-1', name: 'One' } })).status,
    ).toBe(201);
    await server.close();
    server = await startServer({ port: 0, dataDir: dir, seed: false, env: {} });
    expect(server.secretKey.value).toBe(key);
    expect((await send(server.url, 'GET', '/v1/customers/c-1', { headers: auth })).status).toBe(200);
    await server.close();
    server = await startServer({ port: 0, dataDir: dir, seed: false, reset: true, env });
    expect((await send(server.url, 'GET', '/v1/customers/c-1', { headers })).status).toBe(404);
  });

  it('answers oversized headers and broken HTTP with envelopes too', async () => {
    server = await startServer({ port: 0, dataDir: dir, seed: false, env });
    const huge = await raw(server.url, `GET /v1/customers HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1.1 431 /);
    expect(JSON.parse(huge.slice(huge.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: { code: 'headers_too_large' },
    });
    const broken = await raw(server.url, 'HELLO THERE\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1.1 400 /);
    expect(broken).toContain('"code":"bad_request"');
  });

  it('refuses to start on a damaged data folder with a sentence naming the file', async () => {
    await writeFile(join(dir, 'manifest.json'), '{"format": "something else"}');
    await expect(startServer({ port: 0, dataDir: dir, seed: false, env })).rejects.toThrow(
      /manifest\.json is not a creditkit data manifest.*--reset/,
    );
  });
});
