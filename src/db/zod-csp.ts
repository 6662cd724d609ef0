/**
 * zod compiles validators with `new Function` unless told not to. The app's CSP forbids
 * eval (`script-src 'self'`), so zod's first parse would log a CSP violation. Every screen
 * that validates loads the local store, so setting it here (not in the shell) keeps it off
 * the start page's critical path. The server keeps zod's faster compiled parsers.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
