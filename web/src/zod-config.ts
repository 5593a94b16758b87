import { config } from 'zod/v4/core';

/**
 * Imported first by the entry, before any schema parses: zod must not probe for `new Function`
 * (its JIT). The server's Content-Security-Policy has no 'unsafe-eval', so the probe would be
 * reported as a CSP violation even though zod catches it. Only the core's config is imported
 * here; the schemas come with the contracts, loaded when the first API call is made.
 */
config({ jitless: true });
