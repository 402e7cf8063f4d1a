import { pino, stdTimeFunctions, type DestinationStream, type Logger as Pino } from 'pino';
import pretty from 'pino-pretty';

/** Leveled, structured logging through pino: JSON lines, or pino-pretty's readable form on a terminal. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** False when lines of this level are dropped: a caller may then skip building them. */
  isLevelEnabled?(level: Exclude<LogLevel, 'silent'>): boolean;
}

export interface LoggerOptions {
  /** Each JSON line (without its newline) goes here instead of stderr: tests read what was logged. */
  write?: (line: string) => void;
  /** Readable lines instead of JSON; by default when stderr is a terminal. */
  pretty?: boolean;
}

/**
 * A safety net: fields that carry a secret are masked wherever a caller put them. The request
 * log itself never passes headers or bodies.
 */
const redactPaths = ['password', 'token', 'authorization', 'cookie', '*.password', '*.token', '*.authorization', '*.cookie'];

function destination({ write, pretty: readable = process.stderr.isTTY }: LoggerOptions): DestinationStream {
  if (write) return { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) };
  if (readable) {
    // In-process and synchronous: a worker-thread transport would outlive a quick exit and lose lines.
    return pretty({ destination: 2, sync: true, colorize: true, messageKey: 'message', translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,request' });
  }
  return pino.destination({ dest: 2, sync: false });
}

export function createLogger(level: LogLevel, writeOrOptions?: ((line: string) => void) | LoggerOptions): Logger {
  const options = typeof writeOrOptions === 'function' ? { write: writeOrOptions } : (writeOrOptions ?? {});
  const log: Pino = pino(
    {
      level,
      base: undefined,
      messageKey: 'message',
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    destination(options),
  );
  return {
    debug: (message, fields = {}) => log.debug(fields, message),
    info: (message, fields = {}) => log.info(fields, message),
    warn: (message, fields = {}) => log.warn(fields, message),
    error: (message, fields = {}) => log.error(fields, message),
    isLevelEnabled: (at) => log.isLevelEnabled(at),
  };
}
