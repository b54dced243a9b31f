import { accessRequestStatuses, formatFullName } from '@vhod/domain';
import { classes, organisations, type AccessRequest } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { OrganisationRef } from '../organisations/organisation';

export const AccessRequestStatusEnum = builder.enumType('AccessRequestStatus', { values: enumValues(accessRequestStatuses) });

export const AccessRequestRef = builder.objectRef<AccessRequest>('AccessRequest');

AccessRequestRef.implement({
  description: 'A request for access sent to an organisation («Обратиться в организацию»), as its sender sees it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'Human-readable number, e.g. 2026-000123.' }),
    status: t.field({ type: AccessRequestStatusEnum, resolve: (request) => request.status }),
    role: t.string({ resolve: (request) => request.role }),
    childFullName: t.string({ nullable: true, resolve: (request) => (request.child ? formatFullName(request.child) : null) }),
    organisation: t.field({
      type: OrganisationRef,
      resolve: async (request, _args, { services }) => {
        const [organisation] = await services.db.select().from(organisations).where(eq(organisations.id, request.organisationId));
        return organisation!;
      },
    }),
    className: t.string({
      nullable: true,
      resolve: async (request, _args, { services }) => {
        if (!request.classId) return null;
        const [row] = await services.db.select({ name: classes.name }).from(classes).where(eq(classes.id, request.classId));
        return row?.name ?? null;
      },
    }),
    comment: t.exposeString('comment', { nullable: true }),
    decisionComment: t.exposeString('decisionComment', { nullable: true, description: 'What the organisation wrote when it decided.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});
