/** powerMonitor: the harness plays the machine going to sleep, waking and unlocking. */
import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

class PowerMonitorDouble extends EventEmitter implements Pick<PowerMonitor, 'getSystemIdleTime'> {
  getSystemIdleTime(): number {
    return 0;
  }
  happen(what: PowerEvent): void {
    this.emit(what, { preventDefault: () => undefined, defaultPrevented: false });
  }
}

export const powerMonitor = new PowerMonitorDouble();
