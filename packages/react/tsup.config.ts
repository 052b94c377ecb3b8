import { defineConfig } from 'tsup';

// One entry per widget so an app that imports one widget ships only that widget.
export default defineConfig({
  entry: ['src/index.ts', 'src/*/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0', noEmit: false } },
  tsconfig: '../../tsconfig.json',
  clean: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@tanstack/react-query', 'recharts'],
});
