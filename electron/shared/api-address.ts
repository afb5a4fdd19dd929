/**
 * The one rule for where the API key may be sent, applied to every way the API address changes
 * (Settings, settings.json, OMI_API_BASE_URL): https anywhere, plain http only to this computer,
 * never a user name or password in the address. Refusals are sentences the user can act on.
 */
import { z } from 'zod';

export type ApiAddressCheck = { ok: true; origin: string } | { ok: false; reason: string };

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

export function checkApiAddress(text: string): ApiAddressCheck {
  const shown = quoted(text);
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return refuse(`The server address ${shown} is not a web address; it should look like https://api.omi.me.`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      `The server address ${shown} holds a user name or password; Omi Tray sends only your Omi developer key, so remove them.`,
    );
  }
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return { ok: true, origin: url.origin };
    return refuse(
      `The server address ${shown} uses plain http, which would send your Omi developer key unencrypted; use https ` +
        '(plain http is allowed only to this computer: localhost, 127.0.0.1 or ::1).',
    );
  }
  return refuse(`The server address ${shown} is not an https address; it should look like https://api.omi.me.`);
}

/** The same rule as a schema, for the IPC contract and settings.json. */
export const apiAddressSchema = z
  .string()
  .max(500)
  .superRefine((text, context) => {
    const checked = checkApiAddress(text);
    // Without the full stop: the IPC gate and the settings file put the reason inside their own sentence.
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.reason.replace(/\.$/, '') });
  });

/** The URL parser has already turned 2130706433, 0x7f.1 and the like into dotted IPv4. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function refuse(reason: string): ApiAddressCheck {
  return { ok: false, reason };
}

/** The address is the user's own text, shown back cut short and without control characters. */
function quoted(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return `"${clean.length > 80 ? `${clean.slice(0, 80)}…` : clean}"`;
}
