/**
 * The place where the server tells the person who started it how to set it up the first
 * time (e.g. a one-time link to create the organisation's first administrator). Called by
 * main.ts once the server listens. The issue that adds accounts fills this in; until then
 * there is nothing to set up, so it prints nothing.
 */
import type { Store } from './store/store';

export interface FirstRunContext {
  store: Store;
  /** Where people open the app, e.g. https://ourplan.example.org */
  publicUrl: string;
  /** Prints a line for the person at the terminal. */
  print: (line: string) => void;
}

export async function announceFirstRunSetup(_context: FirstRunContext): Promise<void> {
  // Nothing to set up yet: the accounts issue prints the first-administrator link here.
}
