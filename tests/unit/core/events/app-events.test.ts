import { describe, expect, it } from 'vitest';
import { AppEvents } from '../../../../electron/core/events/app-events';
import { recordingLogger } from '../../../doubles/recording-logger';

describe('the event hub', () => {
  it('tells each listener of an event its payload, in the order they subscribed', () => {
    const events = new AppEvents(recordingLogger().logger);
    const heard: string[] = [];
    events.on('notice', (words) => heard.push(`first: ${words}`));
    events.on('notice', (words) => heard.push(`second: ${words}`));
    events.on('changed', () => heard.push('changed'));
    events.emit('notice', 'Omi asked to wait.');
    expect(heard).toEqual(['first: Omi asked to wait.', 'second: Omi asked to wait.']);
    events.emit('changed');
    expect(heard.at(-1)).toBe('changed');
  });

  it('stops telling a listener once it unsubscribed', () => {
    const events = new AppEvents(recordingLogger().logger);
    let count = 0;
    const unsubscribe = events.on('listChanged', () => count++);
    events.emit('listChanged');
    unsubscribe();
    events.emit('listChanged');
    expect(count).toBe(1);
  });

  it('logs a listener that throws, and the others still hear the event', () => {
    const { logger, messages } = recordingLogger();
    const events = new AppEvents(logger);
    const heard: string[] = [];
    events.on('settingChanged', () => {
      throw new Error('broken');
    });
    events.on('settingChanged', (setting) => heard.push(setting));
    events.emit('settingChanged', 'reminderLeadMinutes');
    expect(heard).toEqual(['reminderLeadMinutes']);
    expect(messages('error')).toEqual(['Hearing "settingChanged" failed']);
  });

  it('says nothing to nobody when an event has no listener', () => {
    const { logger, lines } = recordingLogger();
    new AppEvents(logger).emit('reachable');
    expect(lines).toEqual([]);
  });
});
