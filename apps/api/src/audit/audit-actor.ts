import type { ClientMeta } from '../sessions/session-store';

/** Who did something, as the audit log records it. */
export interface AuditActor {
  esiaSubject: string | null;
  personId: string | null;
  accountId: string | null;
  clientIp: string | null;
}

export function esiaUserActor(esiaSubject: string, personId: string | null, meta: ClientMeta): AuditActor {
  return { esiaSubject, personId, accountId: null, clientIp: meta.clientIp };
}
