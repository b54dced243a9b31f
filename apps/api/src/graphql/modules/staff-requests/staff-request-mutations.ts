import { DomainError } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { builder } from '../../builder';
import { StaffAccessRequestRef } from './staff-access-request';

const byId = (t: Parameters<Parameters<typeof builder.mutationField>[1]>[0]) => t.arg.id({ required: true });

builder.mutationField('takeAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: '«Взять в работу»: marks the request as in review by the current staff member; fails if someone took it first.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: byId(t) },
    resolve: async (_root, { id }, context) => context.services.staffRequests.take((await context.staff())!, String(id), context.meta),
  }),
);

builder.mutationField('addAccessRequestNote', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: 'An internal note on the request; the family never sees it.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: byId(t), text: t.arg.string({ required: true }) },
    resolve: async (_root, { id, text }, context) => context.services.staffRequests.addNote((await context.staff())!, String(id), text, context.meta),
  }),
);

builder.mutationField('resolveAccessRequestByLink', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description:
      "Resolves by linking the applicant's ESIA account to an existing card; a soft mismatch needs `overrideReason`, a hard one is refused. The family is emailed the comment.",
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: {
      id: byId(t),
      personId: t.arg.id({ required: true }),
      comment: t.arg.string({ required: true }),
      overrideReason: t.arg.string({ required: false }),
    },
    resolve: async (_root, { id, personId, comment, overrideReason }, context) =>
      context.services.requestDecisions.resolveByLink((await context.staff())!, String(id), { personId: String(personId), comment, overrideReason }, context.meta),
  }),
);

builder.mutationField('resolveAccessRequestByCreate', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: "Resolves by creating the applicant's card and account (and the child's, for a parent) from the request's ESIA data, then linking.",
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: {
      id: byId(t),
      comment: t.arg.string({ required: true }),
      classId: t.arg.id({ required: false }),
      childPersonId: t.arg.id({ required: false, description: "An existing card of the child, instead of creating one." }),
    },
    resolve: async (_root, { id, comment, classId, childPersonId }, context) =>
      context.services.requestDecisions.resolveByCreate(
        (await context.staff())!,
        String(id),
        { comment, classId: classId ? String(classId) : null, childPersonId: childPersonId ? String(childPersonId) : null },
        context.meta,
      ),
  }),
);

builder.mutationField('rejectAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: 'Rejects the request; the family is emailed the comment.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: byId(t), comment: t.arg.string({ required: true }) },
    resolve: async (_root, { id, comment }, context) => context.services.requestDecisions.reject((await context.staff())!, String(id), comment, context.meta),
  }),
);

const BulkResultRef = builder.objectRef<{ id: string; request: AccessRequest | null; error: DomainError | null }>('BulkDecisionResult');
BulkResultRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    request: t.field({ type: StaffAccessRequestRef, nullable: true, resolve: (result) => result.request }),
    errorCode: t.string({ nullable: true, resolve: (result) => result.error?.code ?? null }),
    errorMessage: t.string({ nullable: true, resolve: (result, _args, context) => (result.error ? context.t(`errors.${result.error.code}`) : null) }),
  }),
});

builder.mutationField('rejectAccessRequests', (t) =>
  t.field({
    type: [BulkResultRef],
    description: 'Rejects several requests with one comment; each gets its own email, history event and audit entry.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { ids: t.arg.idList({ required: true }), comment: t.arg.string({ required: true }) },
    resolve: async (_root, { ids, comment }, context) =>
      context.services.requestDecisions.rejectMany((await context.staff())!, ids.map(String), comment, context.meta),
  }),
);
