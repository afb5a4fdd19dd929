/**
 * The second knip run (`knip --production`): only the app's own entries are followed, so code,
 * exports and dependencies that only tests reach are named. An export the app's code uses in its
 * own file and a test also imports (a limit, a schema, a word list: the same value the code uses)
 * is no dead code, so in this run such exports pass. The first run (./knip.ts) names every export
 * nobody uses at all, in the app, the scripts or the tests.
 */
import type { KnipConfig } from 'knip';
import config from './knip';

const production: KnipConfig = { ...config, ignoreExportsUsedInFile: true };

export default production;
