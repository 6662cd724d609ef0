// `npm start`: builds the app when it is missing or out of date, then runs the server
// (src/server/main.ts through tsx) with the terminal attached, passing signals on and
// exiting with the server's exit code.
import { buildAndRunServer } from './run-server.mjs';

await buildAndRunServer('src/server/main.ts');
