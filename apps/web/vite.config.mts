import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['API_PROXY_TARGET'] ?? 'http://localhost:3000';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  publicDir: 'public',
  server: {
    port: 4200,
    host: 'localhost',
    // In development the NestJS API runs on its own port; in production it serves this build itself.
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  plugins: [react()],
  // Vite 8 resolves tsconfig `paths` (e.g. @ipgn/contracts) itself; the vite-tsconfig-paths plugin says so too.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    sourcemap: true,
    // Read by tools/check-bundle-budget.mjs: which chunks each page needs on first load.
    manifest: true,
    rollupOptions: {
      // The workspace libraries (libs/) are pure: importing one for a type or a constant must not pull in the
      // question bank or the zod schemas it builds at load (issue 15's first-load budget). They have no modules
      // imported for their side effects. The app's own files (CSS imports) keep the default.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]libs[\\/]/.test(id) },
      output: {
        // The libraries every page needs at once (router, query cache, i18n) in one chunk. Grouped by who imports
        // them, they were cut into five pieces as soon as forms loaded after their page imported different subsets
        // (each piece gzipped on its own: about 1.4 kB more on every first load).
        codeSplitting: {
          groups: [{ name: 'core', test: /[\\/]node_modules[\\/](react-router|@tanstack|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
}));
