import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The API's one logger: JSON lines on stdout. What goes into a line is chosen where it is
 * written (ids, classes, codes); personal data never is, so nothing here has to scrub it.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino({ base: undefined, level: process.env.VHOD_LOG_LEVEL ?? 'info' }, destination);
}
