/** The built renderer, served once per test worker. `npm test` builds it before the e2e run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder, type StaticServer } from './static-server';

let server: Promise<StaticServer> | null = null;

export async function rendererUrl(): Promise<string> {
  const root = join(process.cwd(), 'out', 'renderer');
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` before the e2e tests.');
  }
  server ??= serveFolder(root);
  return (await server).url;
}
