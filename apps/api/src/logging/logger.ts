import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Keys that would hold personal data or secrets if an object carrying them were ever logged. What goes into a line is
 * chosen where it is written (ids, classes, codes, never bodies or query strings); this is the second line of defence.
 */
const redactedKeys = [
  'cookie',
  'authorization',
  'set-cookie',
  'token',
  'sessionToken',
  'secret',
  'password',
  'snils',
  'email',
  'toAddress',
  'lastName',
  'firstName',
  'middleName',
  'fullName',
  'name',
  'document',
  'documents',
  'birthDate',
  'esiaProfile',
];
const redactPaths = redactedKeys.flatMap((key) => {
  const step = key.includes('-') ? `["${key}"]` : `.${key}`;
  return [step.replace(/^\./, ''), `*${step}`, `*.*${step}`];
});

/**
 * The API's one logger: JSON lines on stdout, one per request (logging/request-log.ts) and one per event worth an
 * operator's attention. Human-readable (pino-pretty) when a developer watches a terminal; JSON whenever stdout is a
 * file, a pipe or journald, and always in production.
 */
export function createLogger(destination?: DestinationStream, level = process.env.VHOD_LOG_LEVEL ?? 'info'): Logger {
  const options = { base: undefined, level, redact: { paths: redactPaths, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  const readable = process.env.NODE_ENV !== 'production' && process.stdout.isTTY === true;
  return readable ? pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l' })) : pino(options);
}
