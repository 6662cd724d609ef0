// `npm run demo`: the same as `npm start` (build when needed, then run the server), but
// with src/server/demo/main.ts, which keeps its data in ./data-demo, fills it with a
// fictional organisation on first run and prints how to sign in as each demo person.
// `npm start` never runs this: a different entry point and a different data directory.
import { buildAndRunServer } from './run-server.mjs';

await buildAndRunServer('src/server/demo/main.ts');
