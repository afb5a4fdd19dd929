/**
 * The page-level smoke check of a packaged SMOKE build (CI's packaged-app job; tests/packaged). An
 * installed app has no way in from outside (debugging switches refused, inspector fuse off), so a
 * build made with OMI_TRAY_SMOKE_BUILD=1 carries this check inside: once the popover's page has
 * loaded, main asks the page what it may do (eval, inline script, remote fetch, window.open,
 * notifications, clipboard, Node), tries to navigate it away, asks the system whether the page's
 * process is sandboxed, writes one `OMI_TRAY_SMOKE {…}` line to stdout and quits. Every other build
 * compiles it out
 * (electron/main/index.ts; the packaging test checks the built bundle has none of it).
 */
import { readFileSync } from 'node:fs';
import { app, type WebContents } from 'electron';

/** Runs in the page's own world; each answer is what the page could do, not what main set. */
const PAGE_PROBE = `(async () => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
  let evalRuns = true;
  try { (0, eval)('1'); } catch { evalRuns = false; }
  const inline = document.createElement('script');
  inline.textContent = 'window.__omiTrayInline = true';
  document.head.append(inline);
  const remoteFetch = await fetch('https://example.com/').then(() => 'answered', () => 'refused');
  const windowOpened = window.open('https://example.com/') !== null;
  const notifications = await Notification.requestPermission();
  const clipboard = await navigator.clipboard.readText().then(() => 'read', (error) => error.name);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    evalRuns, inlineScriptRuns: window.__omiTrayInline === true, remoteFetch, windowOpened, notifications, clipboard,
    nodeInPage: typeof require !== 'undefined' || typeof process !== 'undefined',
    violations: [...new Set(violations)].sort(),
  };
})()`;

/**
 * Whether the system confines the page's process: Electron says so on macOS and Windows; on Linux
 * the kernel does, in the process's status (Seccomp: 2 is Chromium's seccomp-bpf sandbox).
 */
function processSandboxed(pid: number): boolean | null {
  if (process.platform === 'linux') {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return /^Seccomp:\s*2$/m.test(status);
  }
  return app.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed ?? null;
}

async function findings(contents: WebContents): Promise<Record<string, unknown>> {
  const page = (await contents.executeJavaScript(PAGE_PROBE)) as Record<string, unknown>;
  const before = contents.getURL();
  await contents.executeJavaScript("location.href = 'https://example.com/'; true");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    ...page,
    navigatedAway: contents.getURL() !== before,
    processSandboxed: processSandboxed(contents.getOSProcessId()),
  };
}

/** Waits for the first page that loads, checks it, reports and quits. */
export function runPageSmoke(): void {
  app.once('web-contents-created', (_event, contents) => {
    contents.once('did-finish-load', () => {
      findings(contents)
        .then((found) => process.stdout.write(`OMI_TRAY_SMOKE ${JSON.stringify(found)}\n`))
        .catch((error: unknown) => process.stdout.write(`OMI_TRAY_SMOKE ${JSON.stringify({ error: String(error) })}\n`))
        .finally(() => app.quit());
    });
  });
}
