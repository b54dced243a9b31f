import { builder } from '../../builder';
import { plainTextArgument } from '../../shared/errors/plain-text-argument';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { requireStaff } from '../../shared/access/require-staff';
import { AuditLogEntryRef } from './audit-log-entry';

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  description: 'Narrows the audit log; the conditions combine (AND).',
  fields: (t) => ({
    action: t.string({ required: false, description: 'Exact action name.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Entries at or after this moment.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Entries before this moment (exclusive).' }),
    actorAccountId: t.id({ required: false, description: 'Entries by this account only.' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.connection(
    {
      type: AuditLogEntryRef,
      description:
        "«Журнал аудита»: the organisation's entries (every entry for the regional administrator), newest first. Pages of up to 200 (default 50).",
      authScopes: { auditReader: true },
      args: { filter: t.arg({ type: AuditLogFilter, required: false, description: 'Which entries; all when omitted.' }) },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => {
          const { filter } = args;
          return context.services.auditLog.list(
            await requireStaff(context),
            {
              action: plainTextArgument(context, filter?.action, 'action'),
              from: filter?.from,
              to: filter?.to,
              actorAccountId: filter?.actorAccountId == null ? null : String(filter.actorAccountId),
            },
            args,
          );
        }),
    },
    ...connectionTypes('AuditLog', 'audit log entries'),
  ),
);
