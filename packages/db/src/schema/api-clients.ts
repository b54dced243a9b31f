import type { ApiClientScope } from '@vhod/domain';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './organisations';

/**
 * A third-party system (e.g. the regional ministry) reading the GraphQL API with a bearer secret.
 * Only a SHA-256 hash of the secret is kept: the secret has 256 random bits, so a fast hash
 * is enough and lets every request find its client by one index lookup.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    scopes: text('scopes').array().$type<ApiClientScope[]>().notNull(),
    /** False: only the organisations in api_client_organisations. */
    allOrganisations: boolean('all_organisations').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    /** The secret's first characters, shown in the console so staff can tell secrets apart. */
    secretPrefix: text('secret_prefix').notNull(),
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
    createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('api_clients_created_at_idx').on(t.createdAt, t.id)],
);

export const apiClientOrganisations = pgTable(
  'api_client_organisations',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.organisationId] })],
);

/**
 * Each client's requests in the current minute, shared by every API instance: the table of rate-limiter-flexible's
 * RateLimiterPostgres (apps/api/src/api-clients/api-client-rate-limit.ts), in the exact shape that library reads and
 * writes (`expire` is a Unix time in milliseconds). One row per client, reused minute after minute.
 */
export const apiClientRateLimits = pgTable('api_client_rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});

export type ApiClient = typeof apiClients.$inferSelect;
