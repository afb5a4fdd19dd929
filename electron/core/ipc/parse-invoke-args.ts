/**
 * The gate every IPC call passes: a known channel, and an argument its schema accepts. Failures
 * come back as values in words; the rejected value itself is never echoed (it may hold a key).
 */
import { z } from 'zod';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import { invokeChannels, type InvokeArgs, type InvokeChannel } from '../../shared/ipc-contract';

export type ParsedInvoke = { [C in InvokeChannel]: { channel: C; args: InvokeArgs<C> } }[InvokeChannel];

const CHANNELS = Object.keys(invokeChannels) as InvokeChannel[];

function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && (CHANNELS as string[]).includes(channel);
}

export function parseInvokeArgs(channel: unknown, raw: unknown): Result<ParsedInvoke> {
  if (typeof channel !== 'string' || channel === '') {
    return fail({ kind: 'invalid_input', message: 'The request names no channel.' });
  }
  if (!isInvokeChannel(channel)) {
    return fail({ kind: 'invalid_input', message: `Omi Tray has no request called "${printable(channel)}".` });
  }
  const schema: z.ZodType = invokeChannels[channel].args;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return fail({
      kind: 'invalid_input',
      message: `The request "${channel}" was refused: ${describeIssues(parsed.error)}.`,
    });
  }
  return ok({ channel, args: parsed.data } as ParsedInvoke);
}

/** Paths and reasons only ("changes.dueAt: Invalid ISO datetime"), never the input. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}

/** Channel names are short identifiers; anything else is cut and stripped of control characters. */
function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
