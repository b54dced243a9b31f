import { bigint, boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every legacy login/password attempt (sign-in or link), for the brute-force limits: failures
 * are counted per login and per client address over a sliding window.
 */
export const legacySignInAttempts = pgTable(
  'legacy_sign_in_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The login as typed, lower-cased and trimmed: unknown logins are limited too, so limits reveal nothing. */
    loginKey: text('login_key').notNull(),
    clientIp: text('client_ip'),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('legacy_sign_in_attempts_login_key_at_idx').on(t.loginKey, t.at),
    index('legacy_sign_in_attempts_client_ip_at_idx').on(t.clientIp, t.at),
  ],
);

export type LegacySignInAttempt = typeof legacySignInAttempts.$inferSelect;
