import { InvalidAuditCursorError } from '../../../audit/audit-log-service';
import { builder } from '../../builder';
import { invalidCursor, staffActorOf } from '../person-cards/staff-actor-of';
import { AuditLogConnectionRef } from './audit-log-entry';

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    action: t.string({ required: false, description: 'Exact action name.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Entries at or after this moment.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Entries before this moment (exclusive).' }),
    actorAccountId: t.id({ required: false }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditLogConnectionRef,
    description: "«Журнал аудита»: the organisation's entries (every entry for the regional administrator), newest first.",
    authScopes: { auditReader: true },
    args: {
      filter: t.arg({ type: AuditLogFilter, required: false }),
      first: t.arg.int({ required: false, description: 'Page size, 1–200 (default 50).' }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, { filter, first, after }, context) => {
      try {
        return await context.services.auditLog.list(
          await staffActorOf(context),
          { action: filter?.action, from: filter?.from, to: filter?.to, actorAccountId: filter?.actorAccountId == null ? null : String(filter.actorAccountId) },
          { first, after },
        );
      } catch (error) {
        throw error instanceof InvalidAuditCursorError ? invalidCursor() : error;
      }
    },
  }),
);
