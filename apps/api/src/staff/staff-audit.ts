import type { AuditEntryInput } from '@vhod/db';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from './staff-actor';

/**
 * Who made a console change, as every audit entry of a staff action records it: their account and
 * person, the organisation they act from (an entry about a request files it under the request's
 * organisation instead) and the address they came from.
 */
export function staffAuditActor(
  actor: StaffActor,
  meta: ClientMeta,
): Pick<AuditEntryInput, 'actorKind' | 'actorAccountId' | 'actorPersonId' | 'organisationId' | 'clientIp'> {
  return {
    actorKind: 'account',
    actorAccountId: actor.accountId,
    actorPersonId: actor.personId,
    organisationId: actor.organisationId,
    clientIp: meta.clientIp,
  };
}
