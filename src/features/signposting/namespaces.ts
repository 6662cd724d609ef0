/**
 * Every namespace the /support screen and its parts use, loaded once at the top so no part
 * suspends later (the danger steps must show at once). `signposting-topics` holds the
 * topic, wish and age band names; `directory` the words of the bundled entries.
 */
export const SIGNPOSTING_NAMESPACES = [
  'signposting',
  'signposting-topics',
  'directory',
  'common',
] as const;
