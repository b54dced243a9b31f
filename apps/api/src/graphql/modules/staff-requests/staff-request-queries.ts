import type { AccessRequest } from '@vhod/db';
import { encodeQueueCursor } from '../../../staff-requests/queue-cursor';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { AccessRequestStatusEnum } from '../access-requests/access-request';
import { StaffAccessRequestRef } from './staff-access-request';

const RequestRoleEnum = builder.enumType('AccessRequestRole', { values: enumValues(['parent', 'student'] as const) });

const QueueFilterInput = builder.inputType('StaffRequestFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [AccessRequestStatusEnum], required: false }),
    role: t.field({ type: RequestRoleEnum, required: false }),
    classId: t.id({ required: false }),
    organisationId: t.id({ required: false, description: 'Regional administrators: one organisation only.' }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
    search: t.string({ required: false, description: 'A request number (2026-000123 or 2026-123) or part of the applicant’s name.' }),
  }),
});

const EdgeRef = builder.objectRef<{ cursor: string; node: AccessRequest }>('StaffAccessRequestEdge');
EdgeRef.implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: StaffAccessRequestRef, resolve: (edge) => edge.node }),
  }),
});

const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('QueuePageInfo');
PageInfoRef.implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

const ConnectionRef = builder.objectRef<{ edges: Array<{ cursor: string; node: AccessRequest }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>(
  'StaffAccessRequestConnection',
);
ConnectionRef.implement({
  fields: (t) => ({
    edges: t.field({ type: [EdgeRef], resolve: (connection) => connection.edges }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (connection) => connection.pageInfo }),
  }),
});

builder.queryField('staffAccessRequests', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'The request queue of the staff member’s organisation (a teacher: their class), newest first, cursor-paginated.',
    authScopes: { requestReader: true },
    args: {
      filter: t.arg({ type: QueueFilterInput, required: false }),
      first: t.arg.int({ required: false, defaultValue: 25 }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, { filter, first, after }, context) => {
      const actor = (await context.staff())!;
      const page = await context.services.staffRequests.queue(
        actor,
        {
          statuses: filter?.statuses ?? null,
          role: filter?.role ?? null,
          classId: filter?.classId ? String(filter.classId) : null,
          organisationId: filter?.organisationId ? String(filter.organisationId) : null,
          from: filter?.from ?? null,
          to: filter?.to ?? null,
          search: filter?.search ?? null,
        },
        first ?? 25,
        after ?? null,
      );
      return {
        edges: page.requests.map((request) => ({ node: request, cursor: encodeQueueCursor(request.createdAt, request.id) })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
  }),
);

builder.queryField('staffAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    nullable: true,
    description: 'One request the staff member may see; null otherwise (another organisation’s requests do not exist for them).',
    authScopes: { requestReader: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => context.services.staffRequests.visibleRequest(context.services.db, (await context.staff())!, String(id)).catch(() => null),
  }),
);
