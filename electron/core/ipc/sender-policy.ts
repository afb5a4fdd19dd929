/**
 * Who may call the IPC handlers: only the main frame of the popover window, showing our renderer.
 * A subframe, another window, or a page that navigated elsewhere is refused, even though the
 * renderer is ours and sandboxed: the check is what keeps a compromised or redirected page from
 * reaching the Omi account.
 */

/** What main knows about the frame that sent an IPC message. */
export interface SenderFacts {
  /** The sending frame's URL; null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  isMainFrame: boolean;
  /** Id of the window whose page sent it; null when it is not in a window. */
  windowId: number | null;
}

/** What our own popover looks like. */
export interface TrustedSender {
  windowId: number;
  /** The renderer's URL: app://omi-tray/index.html when built, the dev server's URL in development. */
  rendererUrl: string;
}

export type SenderVerdict = { allowed: true } | { allowed: false; reason: string };

export function checkSender(sender: SenderFacts, trusted: TrustedSender): SenderVerdict {
  if (sender.frameUrl === null) return refuse('the sending frame no longer exists');
  if (!sender.isMainFrame) return refuse('the message came from a subframe');
  if (sender.windowId !== trusted.windowId) return refuse('the message came from another window');
  if (!isRendererUrl(sender.frameUrl, trusted.rendererUrl))
    return refuse('the sending page is not the Omi Tray popover');
  return { allowed: true };
}

/**
 * Whether `url` is our renderer's page. The built page (app://omi-tray/index.html, or a file in
 * older builds): that page, whatever the hash or query. The dev server is an http origin: any page it serves is ours.
 */
export function isRendererUrl(url: string, rendererUrl: string): boolean {
  const candidate = parse(url);
  const expected = parse(rendererUrl);
  if (candidate === null || expected === null) return false;
  if (expected.protocol === 'file:') {
    return (
      candidate.protocol === 'file:' && candidate.host === expected.host && candidate.pathname === expected.pathname
    );
  }
  if (expected.protocol === 'http:' || expected.protocol === 'https:') return candidate.origin === expected.origin;
  // The built page over app://omi-tray/: that page alone (the origin of a custom scheme is opaque to URL).
  if (expected.protocol === 'app:') {
    return (
      candidate.protocol === 'app:' && candidate.host === expected.host && candidate.pathname === expected.pathname
    );
  }
  return false;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function refuse(reason: string): SenderVerdict {
  return { allowed: false, reason };
}
