import { migrateDatabase } from './migrations';
import { connectOrExplain, DatabaseConnectError } from './postgres/connect-or-explain';
import { longRunning } from './postgres/open-postgres';

export interface MigrateCommandIo {
  /** One line for the operator (stdout). */
  say(line: string): void;
  /** One line on failure (stderr). */
  complain(line: string): void;
}

/** The first line of what went wrong, with its code: the statement and its parameters stay out. */
function causeOf(error: unknown): string {
  let deepest: unknown = error;
  while (deepest instanceof Error && deepest.cause instanceof Error) deepest = deepest.cause;
  const message = deepest instanceof Error ? deepest.message : String(deepest);
  const code = (deepest as { code?: unknown }).code;
  return `${message.split('\n')[0]}${typeof code === 'string' ? ` (${code})` : ''}`;
}

/**
 * `pnpm db:migrate`: brings the PostgreSQL database at `url` up to date and says what it applied,
 * one line each, or "up to date". On failure, one line and exit code 1. PGlite (the demo) needs
 * no command: it migrates itself at start.
 */
export async function runMigrateCommand(url: string | undefined, io: MigrateCommandIo): Promise<number> {
  if (!url) {
    io.complain('DATABASE_URL is not set: it must name the PostgreSQL database to migrate (the demo on PGlite migrates itself at start).');
    return 1;
  }
  let handle: Awaited<ReturnType<typeof connectOrExplain>>;
  try {
    handle = await connectOrExplain(url, { ...longRunning, max: 1 });
  } catch (error) {
    io.complain(error instanceof DatabaseConnectError ? error.message : `Cannot connect to PostgreSQL: ${causeOf(error)}`);
    return 1;
  }
  try {
    const { applied } = await migrateDatabase(handle);
    if (applied.length === 0) io.say(`Database at ${handle.target} is up to date.`);
    for (const name of applied) io.say(`Applied ${name}`);
    return 0;
  } catch (error) {
    // drizzle runs every pending migration in one transaction: a failure applies none of them.
    io.complain(`Migration failed at ${handle.target}, nothing was applied: ${causeOf(error)}`);
    return 1;
  } finally {
    await handle.destroy();
  }
}
