/** ./page-bridge.ts as one classic script for `page.addInitScript`. */
import { join } from 'node:path';
import { bundlePageScript } from './bundle-page-script';

export function pageBridgeScript(): Promise<string> {
  return bundlePageScript(join(__dirname, 'page-bridge.ts'));
}
