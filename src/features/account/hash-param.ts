/**
 * Reads a one-time secret from the URL fragment (`#token=…`). Setup and activation links
 * carry their secret there because browsers never send the fragment to the server, so it
 * stays out of server and proxy logs.
 */
export function hashParam(hash: string, name: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return value && value.length <= 200 ? value : undefined;
}
