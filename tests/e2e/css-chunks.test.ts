// The stylesheets split into feature chunks must not restyle links everywhere: a chunk
// that compiled an NHS.UK component already in the shell (the warning callout did) brought
// the shell's global `a:visited` rules back after the header's own, and the header links
// turned dark red on blue once that screen had been opened. Checked on the built app:
// only the shell's stylesheet may hold rules for bare `a` selectors.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
/** A bare `a` selector (a, a:hover, a:visited …) starting a rule or a selector list item. */
const BARE_LINK_RULE = /(^|[},])a(:[a-z-]+)?[,{]/;

describe('lazy stylesheets', () => {
  it('leave link colours to the shell', () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    const shell = /href="\/assets\/([^"]+\.css)"/.exec(index)?.[1];
    expect(shell, 'the shell stylesheet in index.html').toBeDefined();
    const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.css'));
    expect(chunks.length).toBeGreaterThan(1);
    // The check can find what it looks for: the shell has such rules.
    expect(BARE_LINK_RULE.test(readFileSync(join(DIST, 'assets', shell!), 'utf8'))).toBe(true);
    const offenders = chunks
      .filter((f) => f !== shell)
      .filter((f) => BARE_LINK_RULE.test(readFileSync(join(DIST, 'assets', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
