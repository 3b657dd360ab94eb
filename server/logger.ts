import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs, one JSON line each; a request's lines carry its id. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { service: 'orderdesk' } });
}
