/**
 * The core in a process of its own, for the kill soak: hosts it on the data folder and clock given in
 * SOAK_CHILD (JSON), and answers the parent's {id, call, action} messages. The parent SIGKILLs it at
 * random moments; nothing here prepares for that.
 */
import { z } from 'zod';
import { hostCore, type UserAction } from './core-host';
import { fastClock } from './fast-clock';

const configSchema = z.object({
  dataDir: z.string(),
  apiBaseUrl: z.string(),
  apiKey: z.string(),
  clock: z.object({ startMs: z.number(), realStartMs: z.number(), speed: z.number() }),
});

const messageSchema = z.object({
  id: z.number(),
  call: z.enum(['act', 'view', 'quit']),
  action: z.unknown().optional(),
});

async function main(): Promise<void> {
  const config = configSchema.parse(JSON.parse(process.env.SOAK_CHILD ?? '{}'));
  const core = await hostCore({ ...config, clock: fastClock(config.clock) });
  process.on('message', (raw) => {
    const message = messageSchema.parse(raw);
    const answer = async (): Promise<unknown> => {
      if (message.call === 'act') return core.act(message.action as UserAction);
      if (message.call === 'view') return core.view();
      await core.quit();
      return null;
    };
    answer().then(
      (value) => process.send?.({ id: message.id, value }),
      (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
    );
  });
  process.send?.({ ready: true });
}

main().catch((error: unknown) => {
  console.error('The soak child could not start the core:', error);
  process.exit(1);
});
