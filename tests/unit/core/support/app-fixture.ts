/**
 * The setting of the tests that run the whole core: a server fixture (folder, fake clock, fake Omi
 * with one key and these items), an empty keychain, and the apps built on them, all shut down and
 * the folder removed by close().
 */
import type { ActionItem } from '../../../../electron/shared/action-item';
import { TestSecrets } from './memory-secrets';
import { serverFixture, type ServerFixture } from './server-fixture';
import { buildApp, type TestApp } from './test-platform';

export interface AppFixture extends ServerFixture {
  secrets: TestSecrets;
  /** Builds (does not start) an app on this folder, clock, server and keychain. */
  build(options?: Omit<Parameters<typeof buildApp>[0], 'dataDir' | 'clock' | 'omi' | 'secrets'>): TestApp;
  close(): Promise<void>;
}

export async function appFixture(
  key: string,
  scopes: string[],
  items: Partial<ActionItem>[] = [],
): Promise<AppFixture> {
  const server = await serverFixture(key, scopes, items);
  const secrets = new TestSecrets();
  const running: TestApp[] = [];
  return {
    ...server,
    secrets,
    build(options = {}) {
      const app = buildApp({ dataDir: server.dir.path, clock: server.clock, omi: server.omi, secrets, ...options });
      running.push(app);
      return app;
    },
    async close() {
      for (const app of running.splice(0)) await app.core.shutdown();
      await server.dir.remove();
    },
  };
}
