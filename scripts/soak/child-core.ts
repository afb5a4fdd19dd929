/** The parent's side of ./core-child: a CoreHandle over IPC, and a SIGKILL at any moment. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ActionAnswer, CoreHandle, CoreView, UserAction } from './core-host';
import type { FastClockSpec } from './fast-clock';

export interface ChildCore extends CoreHandle {
  kill(): Promise<void>;
}

export async function startChildCore(config: {
  dataDir: string;
  apiBaseUrl: string;
  apiKey: string;
  clock: FastClockSpec;
}): Promise<ChildCore> {
  const child: ChildProcess = fork(join(__dirname, 'core-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, SOAK_CHILD: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let gone = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    gone = true;
    for (const { reject } of waiting.values()) reject(new Error('the core process is gone'));
    waiting.clear();
  });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (raw) => {
      const message = raw as { ready?: boolean; id?: number; value?: unknown; error?: string };
      if (message.ready) return resolve();
      const pending = waiting.get(message.id ?? -1);
      if (!pending) return;
      waiting.delete(message.id!);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.value);
    });
    void exited.then(() => reject(new Error('the core process exited before it was ready')));
  });
  const call = (name: 'act' | 'view' | 'quit', action?: UserAction): Promise<unknown> => {
    if (gone) return Promise.reject(new Error('the core process is gone'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      child.send({ id, call: name, action });
    });
  };
  return {
    act: (action) => call('act', action) as Promise<ActionAnswer>,
    view: () => call('view') as Promise<CoreView>,
    async quit() {
      await call('quit');
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
