/**
 * First run: on a server with no accounts, make a one-time setup token and print the link
 * that creates the organisation and its first administrator (POST /api/setup). There is
 * no default password anywhere. Called by main.ts once the server listens, so the link
 * works when it appears.
 *
 * The token travels in the URL fragment (#token=…), which browsers never send to the
 * server, so it cannot end up in an access log or a proxy's.
 */
import { anyUserExists } from './accounts/users';
import { createSetupToken, SETUP_TOKEN_HOURS } from './auth/setup-tokens';
import type { Store } from './store/store';

export interface FirstRunContext {
  store: Store;
  /** Where people open the app, e.g. https://ourplan.example.org */
  publicUrl: string;
  /** Prints a line for the person at the terminal. */
  print: (line: string) => void;
}

/** Prints the setup link and returns it, or returns null when accounts exist already. */
export async function announceFirstRunSetup(context: FirstRunContext): Promise<string | null> {
  if (await anyUserExists(context.store)) return null;
  const token = await createSetupToken(context.store);
  const url = `${context.publicUrl}/setup#token=${token}`;
  const { print } = context;
  print('  First run: this server has no accounts yet. To set it up, open');
  print(`    ${url}`);
  print(
    `  That one-time link creates your organisation and its first administrator. It works once, within ${SETUP_TOKEN_HOURS} hours;`,
  );
  print('  a new one is printed each time the server starts until setup is done.');
  print('');
  return url;
}
