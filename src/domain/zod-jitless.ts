/**
 * zod compiles validators with `new Function` unless told not to, and probes for it with
 * `new Function('')` at its first object parse. The app's CSP forbids eval (`script-src
 * 'self'`), so in a browser that probe alone logs a CSP violation. This runs first in the
 * domain's index, before any module can parse (the bundled content parses as it loads),
 * and in a browser only: the server keeps zod's faster compiled parsers.
 *
 * (It used to sit in the local store's index, which every validating screen loads; once
 * the build put content that parses on load ahead of it in a shared chunk, the probe ran
 * first. Here, nothing that parses can come before it.)
 */
import { config } from 'zod/v4/core';

if (typeof window !== 'undefined') config({ jitless: true });
