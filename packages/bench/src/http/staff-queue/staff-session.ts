import { createHash, randomBytes } from 'node:crypto';
import { sessions, type Database } from '@vhod/db';

const twelveHoursMs = 12 * 60 * 60_000;

/**
 * An active staff-console session for `account`, written directly (as the session store does
 * after a sign-in), so the queue is measured without a sign-in in front. The token and its
 * stored SHA-256 follow apps/api/src/sessions/session-token.ts; if that changed, every queue
 * request would fail as unauthorised and the scenario would say so.
 */
export async function createStaffSession(db: Database, account: { accountId: string; personId: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db.insert(sessions).values({
    idHash: createHash('sha256').update(token).digest('base64url'),
    app: 'staff',
    stage: 'active',
    signInRole: 'staff',
    signInMethod: 'esia',
    accountId: account.accountId,
    personId: account.personId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + twelveHoursMs),
  });
  return token;
}
