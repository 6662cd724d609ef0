/**
 * zod compiles validators with `new Function` unless told not to, and probes for it with
 * `new Function('')` at its first object parse. The app's CSP forbids eval (`script-src
 * 'self'`), so in a browser that probe alone logs a CSP violation. This runs first in the
 * domain's index, before any module can parse (the bundled content parses as it loads),
 * and in a browser only: the server keeps zod's faster compiled parsers.
 *
 * (It used to sit in the local store's index, which every validating screen loads; once
 * the build put content that parses on load ahead of it in a shared chunk, the probe ran
 * first. Then the build put the record envelope, whose object schemas probe as they are
 * built, in a chunk that runs before the domain's index. So the app's entry, main.tsx,
 * imports this first of all; the domain's index and the local store's keep importing it
 * for tests and anything loaded without the entry.)
 */
import { config } from 'zod/v4/core';

if (typeof window !== 'undefined') config({ jitless: true });
