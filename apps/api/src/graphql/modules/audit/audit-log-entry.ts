import { formatFullName } from '@vhod/domain';
import type { AuditActorKind } from '@vhod/db';
import type { AuditLogRecord } from '../../../audit/audit-log-service';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { ConnectionPageInfoRef, type ConnectionPage } from '../person-cards/page-info';

const auditActorKinds = ['esia-user', 'account', 'system', 'anonymous'] as const satisfies readonly AuditActorKind[];
const AuditActorKindEnum = builder.enumType('AuditActorKind', { values: enumValues(auditActorKinds) });

export const AuditLogEntryRef = builder.objectRef<AuditLogRecord>('AuditLogEntry');

AuditLogEntryRef.implement({
  description: 'One entry of the append-only audit log.',
  fields: (t) => ({
    id: t.id({ resolve: ({ entry }) => String(entry.id) }),
    at: t.field({ type: 'DateTime', resolve: ({ entry }) => entry.at }),
    action: t.string({ description: 'e.g. sign-in.succeeded, person-card.updated, esia.unlinked.', resolve: ({ entry }) => entry.action }),
    actorKind: t.field({ type: AuditActorKindEnum, resolve: ({ entry }) => entry.actorKind }),
    actorAccountId: t.id({ nullable: true, resolve: ({ entry }) => entry.actorAccountId }),
    actorName: t.string({
      nullable: true,
      description: 'The name on the card of the account that acted; null when no account acted (then see esiaSubject).',
      resolve: ({ actorName }) => (actorName ? formatFullName(actorName) : null),
    }),
    esiaSubject: t.string({ nullable: true, description: 'The ESIA account involved, if any.', resolve: ({ entry }) => entry.esiaSubject }),
    organisationName: t.string({ nullable: true, resolve: ({ organisationName }) => organisationName }),
    targetKind: t.string({ nullable: true, resolve: ({ entry }) => entry.targetKind }),
    targetId: t.string({ nullable: true, resolve: ({ entry }) => entry.targetId }),
    targetName: t.string({
      nullable: true,
      description: 'For a person card target: its name.',
      resolve: ({ targetName }) => (targetName ? formatFullName(targetName) : null),
    }),
    clientAddress: t.string({ nullable: true, resolve: ({ entry }) => entry.clientIp }),
    details: t.string({ description: 'The entry’s details as JSON.', resolve: ({ entry }) => JSON.stringify(entry.details ?? {}) }),
  }),
});

const AuditLogEdgeRef = builder.objectRef<{ cursor: string; node: AuditLogRecord }>('AuditLogEdge');

AuditLogEdgeRef.implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: AuditLogEntryRef, resolve: (edge) => edge.node }),
  }),
});

export const AuditLogConnectionRef = builder.objectRef<ConnectionPage & { edges: Array<{ cursor: string; node: AuditLogRecord }> }>('AuditLogConnection');

AuditLogConnectionRef.implement({
  fields: (t) => ({
    edges: t.field({ type: [AuditLogEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: ConnectionPageInfoRef, resolve: (page) => page }),
  }),
});
