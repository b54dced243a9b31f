import { formatFullName } from '@vhod/domain';
import type { AuditActorKind } from '@vhod/db';
import type { AuditLogRecord } from '../../../audit/audit-log-service';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';

const auditActorKinds = ['esia-user', 'account', 'api-client', 'system', 'anonymous'] as const satisfies readonly AuditActorKind[];
const AuditActorKindEnum = builder.enumType('AuditActorKind', {
  description: 'Who acted in an audit entry.',
  values: enumValues(auditActorKinds, {
    'esia-user': 'Someone signed in at ESIA, not (yet) in an account: see `esiaSubject`.',
    account: 'A user signed in to an account: see `actorAccountId` and `actorName`.',
    'api-client': 'A third-party API client.',
    system: 'The system itself, on nobody’s request.',
    anonymous: 'Nobody identified yet, e.g. a failed sign-in.',
  }),
});

export const AuditLogEntryRef = builder.objectRef<AuditLogRecord>('AuditLogEntry');

AuditLogEntryRef.implement({
  description: 'One entry of the append-only audit log.',
  fields: (t) => ({
    id: t.id({
      description: 'Stable ID of the entry (a number, increasing in the order of writing).',
      resolve: ({ entry }) => String(entry.id),
    }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: ({ entry }) => entry.at }),
    action: t.string({
      description: 'What happened, e.g. sign-in.succeeded, person-card.updated, esia.unlinked.',
      resolve: ({ entry }) => entry.action,
    }),
    actorKind: t.field({ type: AuditActorKindEnum, description: 'Who acted.', resolve: ({ entry }) => entry.actorKind }),
    actorAccountId: t.id({
      nullable: true,
      description: 'The account that acted; null when no account acted.',
      resolve: ({ entry }) => entry.actorAccountId,
    }),
    actorName: t.string({
      nullable: true,
      description: 'The name on the card of the account that acted; null when no account acted (then see esiaSubject).',
      resolve: ({ actorName }) => (actorName ? formatFullName(actorName) : null),
    }),
    esiaSubject: t.string({ nullable: true, description: 'The ESIA account involved, if any.', resolve: ({ entry }) => entry.esiaSubject }),
    organisationName: t.string({
      nullable: true,
      description: 'The organisation the entry belongs to; null for region-wide entries.',
      resolve: ({ organisationName }) => organisationName,
    }),
    targetKind: t.string({
      nullable: true,
      description: 'What was acted on: `person`, `access-request`, `reply-template`, `api-client`…; null when nothing in particular.',
      resolve: ({ entry }) => entry.targetKind,
    }),
    targetId: t.string({
      nullable: true,
      description: 'The ID of what was acted on; null with no target.',
      resolve: ({ entry }) => entry.targetId,
    }),
    targetName: t.string({
      nullable: true,
      description:
        'What the target is called: a person card’s (or an account’s card’s) name, an access request’s number, a reply template’s title, an API client’s name; null for other targets or one that no longer exists.',
      resolve: ({ targetName }) => targetName,
    }),
    clientAddress: t.string({
      nullable: true,
      description: 'The IP address the request came from; null when there was no request.',
      resolve: ({ entry }) => entry.clientIp,
    }),
    details: t.string({
      description: 'The entry’s details as a JSON object (`{}` when none); their keys depend on `action`.',
      resolve: ({ entry }) => JSON.stringify(entry.details ?? {}),
    }),
  }),
});
