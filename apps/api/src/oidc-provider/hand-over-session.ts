import type { Session } from '../sessions/session-store';

/**
 * The Vhod session a system may receive its user from: a family portal session signed in to an
 * account. A staff console session does not hand anyone over (the console is not a way in).
 */
export function isHandOverSession(session: Session | null): session is Session & { personId: string; accountId: string } {
  return session?.app === 'family' && session.stage === 'active' && session.personId !== null && session.accountId !== null;
}
