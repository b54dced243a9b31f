interface PgErrorFields {
  code?: unknown;
  constraint?: unknown; // PGlite
  constraint_name?: unknown; // postgres.js
  message?: unknown;
}

/** Finds the PostgreSQL error behind drizzle's DrizzleQueryError wrapper (either driver). */
function postgresErrorOf(error: unknown): PgErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const fields = current as PgErrorFields & { cause?: unknown };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    current = fields.cause;
  }
  return undefined;
}

/**
 * For a unique violation (23505): the name of the constraint or index it hit (falling back to
 * the message, which names it); undefined for any other error.
 */
export function uniqueViolationOf(error: unknown): string | undefined {
  const pgError = postgresErrorOf(error);
  if (pgError?.code !== '23505') return undefined;
  if (typeof pgError.constraint === 'string') return pgError.constraint;
  if (typeof pgError.constraint_name === 'string') return pgError.constraint_name;
  return typeof pgError.message === 'string' ? pgError.message : '';
}
