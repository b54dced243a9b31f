import type { EsiaPerson, SignInRole } from '@vhod/domain';
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { persons } from './persons';

export type AppKind = 'family' | 'staff';
export type SessionStage = 'consent' | 'choose-account' | 'unmatched' | 'active';
/** How the session was signed in: through ESIA, or with the legacy SGO login where the policy still allows it. */
export type SignInMethod = 'esia' | 'legacy';
/** What a login flow is for: signing in, or linking ESIA to the account of an existing session. */
export type LoginFlowPurpose = 'sign-in' | 'link';

/** Pre-login state of a sign-in at ESIA: one row per started sign-in. */
export const loginFlows = pgTable(
  'login_flows',
  {
    /** sha-256 of the cookie value. */
    idHash: text('id_hash').primaryKey(),
    state: text('state').notNull(),
    /** OpenID Connect only (ESIA_PROTOCOL=oidc): ESIA's own protocol has no nonce and no PKCE. */
    nonce: text('nonce'),
    codeVerifier: text('code_verifier'),
    signInRole: text('sign_in_role').$type<SignInRole>().notNull(),
    app: text('app').$type<AppKind>().notNull(),
    purpose: text('purpose').$type<LoginFlowPurpose>().notNull().default('sign-in'),
    /** For a link flow: the session that asked for it; the callback must come back in that session. */
    sessionIdHash: text('session_id_hash'),
    /**
     * A regional system sent this person (Vhod as its OpenID Provider): the provider's interaction,
     * where the callback returns the browser instead of the portal's home.
     */
    clientInteraction: text('client_interaction'),
    /**
     * Who started it, for the per-address limits: the IPv4 address, or the /64 of an IPv6 one
     * (one subscriber's whole network). Null for flows started before the limits existed.
     */
    clientKey: text('client_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_flows_expires_at_idx').on(t.expiresAt),
    /** Counting one address's recent and open flows on every anonymous sign-in start. */
    index('login_flows_client_key_created_at_idx').on(t.clientKey, t.createdAt),
  ],
);

/** Sessions; the raw cookie value is never stored, only its sha-256. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    app: text('app').$type<AppKind>().notNull(),
    stage: text('stage').$type<SessionStage>().notNull(),
    signInRole: text('sign_in_role').$type<SignInRole>().notNull(),
    signInMethod: text('sign_in_method').$type<SignInMethod>().notNull().default('esia'),
    esiaSubject: text('esia_subject'),
    /** Snapshot of the ESIA person for the pending stages. */
    esiaProfile: jsonb('esia_profile').$type<EsiaPerson>(),
    matchReason: text('match_reason'),
    candidateAccountIds: uuid('candidate_account_ids').array().notNull().default(sql`'{}'::uuid[]`),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_expires_at_idx').on(t.expiresAt)],
);

export type LoginFlow = typeof loginFlows.$inferSelect;
export type NewLoginFlow = typeof loginFlows.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
