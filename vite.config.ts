/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The base path comes from `vite build --base /readout/`; the app reads it from import.meta.env.BASE_URL.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '#src': new URL('./src', import.meta.url).pathname } },
  build: { chunkSizeWarningLimit: 700 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
    testTimeout: 20_000,
  },
});
