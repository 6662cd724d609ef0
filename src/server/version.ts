/**
 * The app's version (package.json), reported by /api/health so an operator can see which
 * release a server runs.
 */
import packageJson from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
