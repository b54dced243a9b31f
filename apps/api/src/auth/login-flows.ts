import type { SignInRole } from '@vhod/domain';
import { loginFlows, type Database, type LoginFlowPurpose } from '@vhod/db';
import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import ipaddr from 'ipaddr.js';
import type { Clock } from '../clock/clock';
import { hashSessionToken, newSessionToken } from '../sessions/session-token';
import type { AppKind } from '../sessions/session-store';
import type { FlowSecrets } from './identity-provider';

export interface LoginFlow extends FlowSecrets {
  signInRole: SignInRole;
  app: AppKind;
  purpose: LoginFlowPurpose;
  /** For a link flow: the session it belongs to. */
  sessionIdHash: string | null;
  /** A system's sign-in through Vhod (the OpenID Provider's interaction) that this sign-in continues. */
  clientInteraction: string | null;
  expiresAt: Date;
}

export interface LoginFlowLimits {
  lifetimeMs: number;
  /** Flows one address may hold open at once: what an anonymous flood can store is bounded. */
  openPerAddress: number;
  /** Flows one address may start in a minute. */
  startsPerMinute: number;
}

export type LoginFlowStart = { token: string; flow: LoginFlow } | { refused: 'too-many'; retryAfterSeconds: number };

/**
 * The key the per-address limits count under. An IPv6 subscriber gets a whole /64, so counting
 * single IPv6 addresses would limit nothing.
 */
export function clientKeyOf(clientIp: string | null): string {
  if (clientIp === null || !ipaddr.isValid(clientIp)) return 'unknown';
  const address = ipaddr.process(clientIp);
  if (address.kind() === 'ipv4') return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}

/**
 * The pre-login half of a sign-in: the identity provider's one-time values (`newSecrets`: ESIA's state; OpenID
 * Connect's state, nonce and PKCE verifier) bound to a browser cookie. A flow is consumed exactly once, so a replayed
 * callback finds nothing.
 */
export function createLoginFlows(db: Database, clock: Clock, limits: LoginFlowLimits, newSecrets: () => FlowSecrets) {
  return {
    async start(
      signInRole: SignInRole,
      app: AppKind,
      clientIp: string | null,
      context: { link?: { sessionIdHash: string }; clientInteraction?: string } = {},
    ): Promise<LoginFlowStart> {
      const { link, clientInteraction } = context;
      const now = clock.now();
      const clientKey = clientKeyOf(clientIp);
      const token = newSessionToken();
      const flow: LoginFlow = {
        ...newSecrets(),
        signInRole,
        app,
        purpose: link ? 'link' : 'sign-in',
        sessionIdHash: link?.sessionIdHash ?? null,
        clientInteraction: clientInteraction ?? null,
        expiresAt: new Date(now.getTime() + limits.lifetimeMs),
      };
      const minuteAgo = new Date(now.getTime() - 60_000);
      const refusal = await db.transaction(async (tx) => {
        // Parallel starts from one address count one after another, so none slips past the limits.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login-flows:${clientKey}`}, 0))`);
        const [held] = await tx
          .select({
            open: count(),
            recent: sql<number>`count(*) filter (where ${loginFlows.createdAt} > ${minuteAgo.toISOString()})`.mapWith(Number),
            firstExpiry: min(loginFlows.expiresAt),
            firstRecent:
              sql<Date | null>`min(${loginFlows.createdAt}) filter (where ${loginFlows.createdAt} > ${minuteAgo.toISOString()})`.mapWith(
                (value) => (value === null ? null : new Date(value)),
              ),
          })
          .from(loginFlows)
          .where(and(eq(loginFlows.clientKey, clientKey), gt(loginFlows.expiresAt, now)));
        const secondsUntil = (at: Date | null | undefined) =>
          Math.max(1, Math.ceil(((at?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
        if (held && held.open >= limits.openPerAddress)
          return { refused: 'too-many' as const, retryAfterSeconds: secondsUntil(held.firstExpiry) };
        if (held && held.recent >= limits.startsPerMinute) {
          return {
            refused: 'too-many' as const,
            retryAfterSeconds: secondsUntil(held.firstRecent && new Date(held.firstRecent.getTime() + 60_000)),
          };
        }
        await tx.insert(loginFlows).values({ idHash: hashSessionToken(token), clientKey, createdAt: now, ...flow });
        return null;
      });
      // Abandoned flows are deleted by the expired-rows sweeper (sessions/expired-rows-sweeper.ts).
      return refusal ?? { token, flow };
    },

    async consume(token: string | undefined): Promise<LoginFlow | 'missing' | 'expired'> {
      if (!token) return 'missing';
      const [row] = await db
        .delete(loginFlows)
        .where(eq(loginFlows.idHash, hashSessionToken(token)))
        .returning();
      if (!row) return 'missing';
      if (row.expiresAt.getTime() <= clock.now().getTime()) return 'expired';
      return {
        state: row.state,
        nonce: row.nonce,
        codeVerifier: row.codeVerifier,
        signInRole: row.signInRole,
        app: row.app,
        purpose: row.purpose,
        sessionIdHash: row.sessionIdHash,
        clientInteraction: row.clientInteraction,
        expiresAt: row.expiresAt,
      };
    },
  };
}

export type LoginFlows = ReturnType<typeof createLoginFlows>;
