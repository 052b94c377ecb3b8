// Builds one publishable workspace package (run from its folder by `npm run build`):
// ESM bundles per entry with esbuild (dependencies stay external, CSS is emitted beside the JS)
// and `.d.ts` files with tsc against the other packages' built types.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.cwd();
rmSync(join(dir, 'dist'), { recursive: true, force: true });

// `src/index.ts`, plus `src/<Folder>/index.ts` (one entry per widget) and any top-level entry
// files listed in package.json `exports`.
const entries = ['src/index.ts'];
for (const name of readdirSync(join(dir, 'src'), { withFileTypes: true })) {
  if (name.isDirectory() && /^[A-Z]/.test(name.name) && existsSync(join(dir, 'src', name.name, 'index.ts'))) {
    entries.push(`src/${name.name}/index.ts`);
  }
  if (name.isFile() && ['node.ts', 'browser.ts'].includes(name.name)) entries.push(`src/${name.name}`);
}

await build({
  absWorkingDir: dir,
  entryPoints: entries,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
});

const tsc = join(dir, '../../node_modules/typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.build.json')], {
  cwd: dir,
  stdio: 'inherit',
});
