import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's variadic console-style logger on top of the bot's structured one, so Bolt's messages
 * land in the same log stream. Debug is off unless Bolt is asked for it: at debug level the
 * Web API client logs request bodies, which hold user text.
 */
export function createBoltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = 'slack';
  const emit = (at: LogLevel, write: (obj: object, msg?: string) => void, args: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    const err = args.find((a) => a instanceof Error);
    const msg = args
      .filter((a) => !(a instanceof Error))
      .map((a) => (typeof a === 'string' ? a : String(a)))
      .join(' ');
    write.call(logger, { component: name, ...(err ? { err } : {}) }, msg);
  };
  return {
    debug: (...args: unknown[]) => emit(LogLevel.DEBUG, logger.debug, args),
    info: (...args: unknown[]) => emit(LogLevel.INFO, logger.info, args),
    warn: (...args: unknown[]) => emit(LogLevel.WARN, logger.warn, args),
    error: (...args: unknown[]) => emit(LogLevel.ERROR, logger.error, args),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
