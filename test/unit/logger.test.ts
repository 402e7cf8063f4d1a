import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../../src/logger.js';

function capture(level: LogLevel) {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger (pino, JSON lines when given a writer)', () => {
  it('writes one JSON line per event with time, level, message and the fields', () => {
    const { logger, lines, entries } = capture('debug');
    logger.error('unexpected error', { requestId: 'r-1', path: '/rest/x' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const [entry] = entries();
    expect(entry).toEqual({ time: expect.any(String), level: 'error', message: 'unexpected error', requestId: 'r-1', path: '/rest/x' });
    expect(new Date(String(entry?.time)).toISOString()).toBe(entry?.time);
  });

  it('drops events below its level', () => {
    const { logger, entries } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(entries().map((entry) => entry.level)).toEqual(['warn', 'error']);
  });

  it('writes nothing when silent', () => {
    const { logger, lines } = capture('silent');
    logger.error('e');
    expect(lines).toEqual([]);
  });

  it('keeps a message with newlines and quotes on one parseable line', () => {
    const { logger, lines, entries } = capture('info');
    logger.info('line one\nline "two"', { stack: 'Error: x\n    at y' });
    expect(lines[0]?.split('\n')).toHaveLength(1);
    expect(entries()[0]).toMatchObject({ message: 'line one\nline "two"', stack: 'Error: x\n    at y' });
  });
});

describe('createLogger safety net', () => {
  it('masks secret fields wherever a caller put them', () => {
    const { logger, lines, entries } = capture('info');
    logger.info('login', { password: 'hunter2', body: { token: 'abc.def', authorization: 'Bearer xyz' }, cookie: 'session=1' });
    expect(lines.join('')).not.toMatch(/hunter2|abc\.def|xyz|session=1/);
    expect(entries()[0]).toMatchObject({ password: '[redacted]', body: { token: '[redacted]', authorization: '[redacted]' }, cookie: '[redacted]' });
  });
});
