/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built site: scripts only from the site's own files (no inline
 * script, no eval), data only from its own origin, no plugins, no framing of forms elsewhere.
 * The same policy is given as an HTTP header in the README's hosting notes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Build only: the dev server's React refresh preamble is an inline script the policy would block. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'readout-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Every route starts by loading data/index.json; a preload in the HTML starts that request with the
 * scripts instead of after they have run. `crossorigin` makes the preload match fetch()'s CORS mode, so the
 * browser reuses it rather than fetching twice.
 */
function preloadIndex(): Plugin {
  let base = '/';
  return {
    name: 'readout-preload-index',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'preload', href: `${base}data/index.json`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }],
  };
}

// The base path comes from `vite build --base /readout/`; the app reads it from import.meta.env.BASE_URL.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadIndex()],
  resolve: { alias: { '#src': new URL('./src', import.meta.url).pathname } },
  // The manifest tells scripts/check-bundle-size.mjs which files the first view loads.
  build: { chunkSizeWarningLimit: 700, manifest: true },
  // ES module workers, so the pipeline worker can split and share chunks like the app.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
    testTimeout: 20_000,
  },
});
