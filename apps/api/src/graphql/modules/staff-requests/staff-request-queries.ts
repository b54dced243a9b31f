import { queuePageSize } from '../../../staff-requests/staff-request-service';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { AccessRequestStatusEnum } from '../access-requests/access-request';
import { plainTextArgument } from '../../shared/errors/plain-text-argument';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { requireReader } from '../../shared/access/require-staff';
import { StaffAccessRequestRef } from './staff-access-request';

const RequestRoleEnum = builder.enumType('AccessRequestRole', {
  description: 'The role an access request asks for.',
  values: enumValues(['parent', 'student'] as const, {
    parent: 'A parent asking about their child.',
    student: 'A student asking for their own account.',
  }),
});

const QueueFilterInput = builder.inputType('StaffRequestFilter', {
  description: 'Narrows the request queue; the conditions combine (AND).',
  fields: (t) => ({
    statuses: t.field({
      type: [AccessRequestStatusEnum],
      required: false,
      description: 'Any of these statuses; all when omitted or empty.',
    }),
    role: t.field({ type: RequestRoleEnum, required: false, description: 'Only requests for this role.' }),
    classId: t.id({ required: false, description: 'Only requests about this class.' }),
    organisationId: t.id({ required: false, description: 'Regional administrators: one organisation only.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Sent at or after this moment.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Sent before this moment (exclusive).' }),
    search: t.string({ required: false, description: 'A request number (2026-000123 or 2026-123) or part of the applicant’s name.' }),
  }),
});

builder.queryField('staffAccessRequests', (t) =>
  t.connection(
    {
      type: StaffAccessRequestRef,
      description: `The request queue of the caller’s organisations (a teacher: their class), newest first. Pages of up to ${queuePageSize.max} (default ${queuePageSize.default}).`,
      authScopes: { requestReader: true },
      args: {
        filter: t.arg({ type: QueueFilterInput, required: false, description: 'Which requests; all the caller may see when omitted.' }),
      },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => {
          const { filter } = args;
          return context.services.staffRequests.queue(
            await requireReader(context),
            {
              statuses: filter?.statuses ?? null,
              role: filter?.role ?? null,
              classId: filter?.classId ? String(filter.classId) : null,
              organisationId: filter?.organisationId ? String(filter.organisationId) : null,
              from: filter?.from ?? null,
              to: filter?.to ?? null,
              search: plainTextArgument(context, filter?.search ?? null, 'search'),
            },
            args,
          );
        }),
    },
    ...connectionTypes('StaffAccessRequest', 'access requests'),
  ),
);

builder.queryField('staffAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    nullable: true,
    description: 'One request the caller may see; null otherwise (another organisation’s requests do not exist for them).',
    authScopes: { requestReader: true },
    args: { id: t.arg.id({ required: true, description: 'The request’s ID.' }) },
    resolve: async (_root, { id }, context) =>
      context.services.staffRequests.visibleRequest(context.services.db, await requireReader(context), String(id)).catch(() => null),
  }),
);
