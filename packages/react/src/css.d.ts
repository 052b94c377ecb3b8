// Widgets import their own stylesheet; bundlers (Vite, esbuild, webpack) emit it beside the JS.
declare module '*.css';
