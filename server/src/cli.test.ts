import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './cli';

describe('server flags', () => {
  it('defaults to port 4000 and a .data folder, PORT overriding', () => {
    expect(parseServerArgs([], {})).toMatchObject({ port: 4000, reset: false, seed: true });
    expect(parseServerArgs([], { PORT: '5005' }).port).toBe(5005);
    expect(parseServerArgs(['--port', '0', '--reset', '--no-seed'], {})).toMatchObject({
      port: 0,
      reset: true,
      seed: false,
    });
  });

  it('names a bad port and refuses unknown flags', () => {
    expect(() => parseServerArgs(['--port', 'abc'], {})).toThrow(
      '--port must be a whole number from 0 to 65535; got "abc".',
    );
    expect(() => parseServerArgs(['--prot', '1'], {})).toThrow(/Unknown option '--prot'/);
  });
});
