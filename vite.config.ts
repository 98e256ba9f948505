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

// The base path comes from `vite build --base /readout/`; the app reads it from import.meta.env.BASE_URL.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: { '#src': new URL('./src', import.meta.url).pathname } },
  build: { chunkSizeWarningLimit: 700 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
    testTimeout: 20_000,
  },
});
