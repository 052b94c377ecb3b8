import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0', noEmit: false } },
  tsconfig: '../../tsconfig.json',
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
