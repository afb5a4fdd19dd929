import { describe, expect, it } from 'vitest';
import { createLogger, redactingLogger } from '../../../../electron/core/logging/logger';
import { Redactor } from '../../../../electron/core/logging/redactor';
import { recordingLogger } from '../../../doubles/recording-logger';

function capture(level?: 'debug' | 'info' | 'warn' | 'error', redactor?: Redactor) {
  const lines: string[] = [];
  const logger = createLogger({
    sink: (line) => lines.push(line),
    level,
    redactor,
    now: () => Date.parse('2026-03-02T09:00:00Z'),
  });
  return { lines, logger };
}

describe('the logger', () => {
  it('writes one stamped line per entry with its level and context', () => {
    const { lines, logger } = capture();
    logger.warn('Refresh failed', { kind: 'offline' });
    expect(lines).toEqual(['2026-03-02T09:00:00.000Z WARN Refresh failed {"kind":"offline"}']);
  });

  it('drops entries below its level', () => {
    const { lines, logger } = capture('warn');
    logger.debug('noise');
    logger.info('more noise');
    logger.error('kept');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ERROR kept');
  });

  it('redacts developer and MCP keys and Bearer credentials wherever they appear', () => {
    const { lines, logger } = capture();
    logger.info('Sending omi_dev_abc123XYZ', {
      header: 'Authorization: Bearer sk-whatever-9',
      other: 'omi_mcp_secretvalue',
    });
    expect(lines[0]).not.toMatch(/abc123XYZ|sk-whatever-9|secretvalue/);
    expect(lines[0]).toContain('[redacted]');
  });

  it('redacts a registered secret of any shape', () => {
    const redactor = new Redactor();
    const { lines, logger } = capture('info', redactor);
    redactor.register('plain-looking-key-42');
    logger.error('Request failed for plain-looking-key-42', { error: 'bad key plain-looking-key-42' });
    expect(lines[0]).not.toContain('plain-looking-key-42');
  });

  it('redacts for a logger built elsewhere when wrapped', () => {
    const redactor = new Redactor();
    redactor.register('custom-secret-value');
    const seen: string[] = [];
    const inner = {
      debug: (m: string, c?: Record<string, unknown>) => seen.push(m + JSON.stringify(c ?? {})),
      info: (m: string, c?: Record<string, unknown>) => seen.push(m + JSON.stringify(c ?? {})),
      warn: (m: string, c?: Record<string, unknown>) => seen.push(m + JSON.stringify(c ?? {})),
      error: (m: string, c?: Record<string, unknown>) => seen.push(m + JSON.stringify(c ?? {})),
    };
    redactingLogger(inner, redactor).info('key custom-secret-value', {
      nested: { key: 'custom-secret-value', dev: 'omi_dev_zzz' },
    });
    expect(seen.join()).not.toMatch(/custom-secret-value|omi_dev_zzz/);
  });

  it('never throws when its sink fails', () => {
    const logger = createLogger({
      sink: () => {
        throw new Error('disk full');
      },
    });
    expect(() => logger.error('still fine')).not.toThrow();
  });
});

describe('a logger built elsewhere, wrapped to redact', () => {
  it("keeps each line's level, and writes an error in the context as its name and message", () => {
    const redactor = new Redactor();
    redactor.register('custom-secret-value');
    const { logger, lines } = recordingLogger();
    const wrapped = redactingLogger(logger, redactor);
    wrapped.debug('Asking with custom-secret-value');
    wrapped.warn('Slow answer');
    wrapped.error('Request failed', { error: new TypeError('bad header custom-secret-value') });
    expect(lines).toEqual([
      { level: 'debug', message: 'Asking with [redacted]', context: undefined },
      { level: 'warn', message: 'Slow answer', context: undefined },
      {
        level: 'error',
        message: 'Request failed',
        context: { context: '{"error":"TypeError: bad header [redacted]"}' },
      },
    ]);
  });

  it('writes a note instead of a context it cannot write, and never throws for it', () => {
    const { logger, lines } = recordingLogger();
    const circular: Record<string, unknown> = { item: 'a' };
    circular.self = circular;
    expect(() => redactingLogger(logger, new Redactor()).info('Saved', circular)).not.toThrow();
    expect(lines).toEqual([
      { level: 'info', message: 'Saved', context: { context: '[context could not be written]' } },
    ]);
  });
});
