/** Wake-ups after sleep or a locked screen: reminders are re-planned then (timers stop in sleep). */
import { powerMonitor } from 'electron';
import type { PowerPort } from '../../core';

export function createPower(): PowerPort {
  return {
    onWake(callback) {
      powerMonitor.on('resume', callback);
      powerMonitor.on('unlock-screen', callback);
    },
  };
}
