import type { SignInRole } from '@vhod/domain';
import { loginFlows, type Database } from '@vhod/db';
import { eq, lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { Clock } from '../clock/clock';
import { hashSessionToken, newSessionToken } from '../sessions/session-token';
import type { LoginFlowPurpose } from '@vhod/db';
import type { AppKind } from '../sessions/session-store';

export interface LoginFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  signInRole: SignInRole;
  app: AppKind;
  purpose: LoginFlowPurpose;
  /** For a link flow: the session it belongs to. */
  sessionIdHash: string | null;
  expiresAt: Date;
}

/**
 * The pre-login half of a sign-in: state, nonce and PKCE verifier bound to a browser cookie.
 * A flow is consumed exactly once, so a replayed callback finds nothing.
 */
export function createLoginFlows(db: Database, lifetimeMs: number, clock: Clock) {
  return {
    async start(signInRole: SignInRole, app: AppKind, link?: { sessionIdHash: string }): Promise<{ token: string; flow: LoginFlow }> {
      const token = newSessionToken();
      const now = clock.now().getTime();
      const flow: LoginFlow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        signInRole,
        app,
        purpose: link ? 'link' : 'sign-in',
        sessionIdHash: link?.sessionIdHash ?? null,
        expiresAt: new Date(now + lifetimeMs),
      };
      await db.insert(loginFlows).values({ idHash: hashSessionToken(token), ...flow });
      // Abandoned flows would otherwise pile up; deleting them here keeps the table small without a timer.
      await db.delete(loginFlows).where(lt(loginFlows.expiresAt, new Date(now - lifetimeMs)));
      return { token, flow };
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
        expiresAt: row.expiresAt,
      };
    },
  };
}

export type LoginFlows = ReturnType<typeof createLoginFlows>;
