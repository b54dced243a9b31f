import type { OidcClientAuthMethod, OidcClientScope } from '@vhod/domain';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { persons } from './persons';

/**
 * A regional system (the electronic diary, a library, …) that signs its users in through Vhod,
 * Vhod being its OpenID Provider. Registered by the regional administrator; oidc-provider reads
 * its metadata from here on every request, so a revocation takes effect at once. A secret is
 * kept only as its SHA-256 (it has 256 random bits, as the API clients' do).
 */
export const oidcClients = pgTable(
  'oidc_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The `client_id` the system sends; the row's id for clients made in the console. */
    clientId: text('client_id').notNull().unique(),
    name: text('name').notNull(),
    /** Compared exactly by the provider: an unregistered redirect is refused before anything is shown. */
    redirectUris: text('redirect_uris').array().notNull(),
    postLogoutRedirectUris: text('post_logout_redirect_uris').array().notNull().default(sql`'{}'::text[]`),
    /** Where the logout token goes when a person's Vhod session ends; null: the system is not told. */
    backChannelLogoutUri: text('back_channel_logout_uri'),
    /** The family portal lists trusted systems with a start URL under «Системы». */
    startUrl: text('start_url'),
    /** Scopes beyond `openid` it may ask for. */
    scopes: text('scopes').array().$type<OidcClientScope[]>().notNull(),
    /** First-party regional system: its users are not asked for consent. */
    trusted: boolean('trusted').notNull(),
    authMethod: text('auth_method').$type<OidcClientAuthMethod>().notNull(),
    secretHash: text('secret_hash').unique(),
    secretPrefix: text('secret_prefix'),
    /** The public keys of a private_key_jwt client. */
    jwks: jsonb('jwks').$type<{ keys: Array<Record<string, unknown>> }>(),
    pairwise: boolean('pairwise').notNull().default(false),
    createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [index('oidc_clients_created_at_idx').on(t.createdAt, t.id)],
);

/**
 * oidc-provider's own state (sessions, interactions, grants, codes, tokens), one row per model
 * and id, shared by every API instance. The payload is the library's; the other columns are the
 * lookups its adapter interface needs.
 */
export const oidcProviderEntries = pgTable(
  'oidc_provider_entries',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Tokens and codes of one grant are revoked together. */
    grantId: text('grant_id'),
    /** A provider session's stable id (its cookie id changes on every sign-in). */
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.id] }),
    index('oidc_provider_entries_grant_id_idx').on(t.grantId),
    index('oidc_provider_entries_uid_idx').on(t.uid),
    index('oidc_provider_entries_expires_at_idx').on(t.expiresAt),
  ],
);

/**
 * A client a Vhod session signed into: which account Vhod handed over (per grant: the claims
 * come from it), the provider session and `sid` the client knows, and, once the Vhod session
 * ends, the back-channel logout owed to the client (an outbox: marked in the transaction that
 * ends the session, delivered with retries afterwards).
 */
export const oidcClientSignIns = pgTable(
  'oidc_client_sign_ins',
  {
    grantId: text('grant_id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => oidcClients.clientId),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The Vhod session (sha-256 of its cookie); no foreign key: the row outlives the session to deliver the logout. */
    sessionIdHash: text('session_id_hash').notNull(),
    /** Filled when the code is issued: the provider session and the `sid` in the client's ID token. */
    providerSessionUid: text('provider_session_uid'),
    sid: text('sid'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the Vhod session ended; from then on a logout token is owed (if the client has a back-channel URI). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    logoutAttempts: integer('logout_attempts').notNull().default(0),
    logoutNextAttemptAt: timestamp('logout_next_attempt_at', { withTimezone: true }),
    /** A worker's claim on the row while it posts the logout token (several API instances). */
    logoutLeaseUntil: timestamp('logout_lease_until', { withTimezone: true }),
    logoutDeliveredAt: timestamp('logout_delivered_at', { withTimezone: true }),
    /** The error class or HTTP status of the last failed delivery (never a response body). */
    logoutLastError: text('logout_last_error'),
  },
  (t) => [
    index('oidc_client_sign_ins_session_idx').on(t.sessionIdHash),
    /** The worker's poll: logouts owed and not delivered. */
    index('oidc_client_sign_ins_logout_due_idx')
      .on(t.logoutNextAttemptAt)
      .where(sql`${t.endedAt} is not null and ${t.logoutDeliveredAt} is null`),
  ],
);

/**
 * «<Система> запрашивает: …» answered «Разрешить»: per person and client, with the scopes, time
 * and address, as the consent to the data transfer is recorded. Trusted clients need none.
 */
export const oidcConsents = pgTable(
  'oidc_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => oidcClients.clientId),
    scopes: text('scopes').array().notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('oidc_consents_person_client_idx').on(t.personId, t.clientId)],
);

export type OidcClient = typeof oidcClients.$inferSelect;
export type OidcClientSignIn = typeof oidcClientSignIns.$inferSelect;
