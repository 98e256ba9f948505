import { config } from 'zod/mini';

/**
 * zod compiles object parsers with `new Function` unless told not to, and probes for it when the
 * first object schema is built. The site's Content-Security-Policy forbids eval (vite.config.ts),
 * so the probe is reported as a violation; jitless parsing needs no eval. Imported first by
 * app.tsx so it runs before any schema module is evaluated.
 */
config({ jitless: true });
