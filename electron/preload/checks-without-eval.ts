/**
 * Imported first by the preload, so it runs before any module that builds a check. The bridge checks
 * a few fields of each push (pushChannels). Zod would build compiled checks from text with new
 * Function on each channel's first push (several milliseconds of a popover's first showing, for
 * checks that take microseconds either way), and it probes whether it may when each check is built;
 * the page's policy (script-src 'self') forbids building code from text, where that probe would be
 * reported as a violation. Zod reads this setting when a check is built, not when it runs: set after
 * the imports, as it was, it came too late for every check the contract builds as it loads.
 */
import { z } from 'zod';

z.config({ jitless: true });
