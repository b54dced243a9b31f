const EMAIL_ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const MAX_LENGTH = 500;

/**
 * What is stored in last_error and logged: the error's message only, with anything that looks like
 * an email address removed (SMTP servers often quote the recipient) — addresses are personal data.
 */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  const redacted = message.replace(EMAIL_ADDRESS, '[address]').trim() || 'unknown error';
  return redacted.length > MAX_LENGTH ? `${redacted.slice(0, MAX_LENGTH - 1)}…` : redacted;
}
