// The web app builds with esbuild's own JSX transform: no React plugin needed.
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  logLevel: 'warn',
});
