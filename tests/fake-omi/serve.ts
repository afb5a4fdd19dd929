/**
 * The fake Omi server on its own, with sample items:
 *   npx tsx tests/fake-omi/serve.ts [--port 8787] [--key omi_dev_demo_key] [--read-only] [--items N]
 * `--items N` seeds N generated items instead of the samples. Prints the URL; Ctrl+C stops it.
 */
import { parseArgs } from 'node:util';
import { READ_SCOPE, WRITE_SCOPE } from './api-keys';
import { generateItems, sampleItems } from './sample-items';
import { startFakeOmi } from './server';

const DEFAULT_DEMO_KEY = 'omi_dev_demo_sample_key';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      key: { type: 'string', default: DEFAULT_DEMO_KEY },
      'read-only': { type: 'boolean', default: false },
      items: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a port number, not "${values.port}"`);
  const count = values.items === undefined ? null : Number(values.items);
  if (count !== null && (!Number.isInteger(count) || count < 0))
    throw new Error(`--items must be a whole number, not "${values.items}"`);

  const server = await startFakeOmi({
    port,
    keys: [
      { key: values.key, scopes: values['read-only'] ? [READ_SCOPE] : [READ_SCOPE, WRITE_SCOPE], name: 'Demo key' },
    ],
    items: count === null ? sampleItems(new Date()) : generateItems(count, { now: new Date() }),
  });
  console.log(`Fake Omi server at ${server.url} with ${server.items().length} items; key: ${values.key}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
