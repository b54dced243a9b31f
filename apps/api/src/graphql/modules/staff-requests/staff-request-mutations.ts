import { DomainError, requirePlainText } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { StaffAccessRequestRef } from './staff-access-request';

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationField>[1]>[0];
const requestId = (t: MutationFieldBuilder) => t.arg.id({ required: true, description: 'The request’s ID.' });
const decisionComment = (t: MutationFieldBuilder) =>
  t.arg.string({ required: true, description: 'Emailed to the applicant and shown in «Мои обращения»; must not be blank.' });

builder.mutationField('takeAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: '«Взять в работу»: marks the request as in review by the current staff member; fails if someone took it first.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The request, now IN_REVIEW.'),
    args: { id: requestId(t) },
    resolve: async (_root, { id }, context) => context.services.staffRequests.take(await requireStaff(context), String(id), context.meta),
  }),
);

builder.mutationField('addAccessRequestNote', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: 'An internal note on the request; the family never sees it.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The request with the note in its history.'),
    args: { id: requestId(t), text: t.arg.string({ required: true, description: 'The note; must not be blank.' }) },
    resolve: async (_root, { id, text }, context) =>
      context.services.staffRequests.addNote(
        await requireStaff(context),
        String(id),
        requirePlainText(text, 'text', 'multi-line'),
        context.meta,
      ),
  }),
);

builder.mutationField('resolveAccessRequestByLink', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description:
      "Resolves by linking the applicant's ESIA account to an existing card; a soft mismatch needs `overrideReason`, a hard one is refused. The family is emailed the comment.",
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The request, now RESOLVED.'),
    args: {
      id: requestId(t),
      personId: t.arg.id({ required: true, description: 'The card to link (usually a `candidates` entry’s personId).' }),
      comment: decisionComment(t),
      overrideReason: t.arg.string({
        required: false,
        description: 'Why to link despite a soft mismatch (a changed surname, say); audited. Required when there is one.',
      }),
    },
    resolve: async (_root, { id, personId, comment, overrideReason }, context) =>
      context.services.requestDecisions.resolveByLink(
        await requireStaff(context),
        String(id),
        {
          personId: requirePlainText(String(personId), 'personId'),
          comment: requirePlainText(comment, 'comment', 'multi-line'),
          overrideReason: requirePlainText(overrideReason, 'overrideReason', 'multi-line'),
        },
        context.meta,
      ),
  }),
);

builder.mutationField('resolveAccessRequestByCreate', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description:
      "Resolves by creating the applicant's card and account (and the child's, for a parent) from the request's ESIA data, then linking.",
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The request, now RESOLVED.'),
    args: {
      id: requestId(t),
      comment: decisionComment(t),
      classId: t.arg.id({
        required: false,
        description: 'The class of the new student account (the child’s, for a parent); defaults to the class in the request.',
      }),
      childPersonId: t.arg.id({ required: false, description: 'An existing card of the child, instead of creating one.' }),
    },
    resolve: async (_root, { id, comment, classId, childPersonId }, context) =>
      context.services.requestDecisions.resolveByCreate(
        await requireStaff(context),
        String(id),
        {
          comment: requirePlainText(comment, 'comment', 'multi-line'),
          classId: classId ? requirePlainText(String(classId), 'classId') : null,
          childPersonId: childPersonId ? requirePlainText(String(childPersonId), 'childPersonId') : null,
        },
        context.meta,
      ),
  }),
);

builder.mutationField('rejectAccessRequest', (t) =>
  t.field({
    type: StaffAccessRequestRef,
    description: 'Rejects the request; the family is emailed the comment.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The request, now REJECTED.'),
    args: { id: requestId(t), comment: decisionComment(t) },
    resolve: async (_root, { id, comment }, context) =>
      context.services.requestDecisions.reject(
        await requireStaff(context),
        String(id),
        requirePlainText(comment, 'comment', 'multi-line'),
        context.meta,
      ),
  }),
);

const BulkResultRef = builder.objectRef<{ id: string; request: AccessRequest | null; error: DomainError | null }>('BulkDecisionResult');
BulkResultRef.implement({
  description: 'The outcome for one request of a bulk decision: the request as decided, or why it was not.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The request’s ID, as given.' }),
    request: t.field({
      type: StaffAccessRequestRef,
      nullable: true,
      description: 'The request as decided; null when it was refused.',
      resolve: (result) => result.request,
    }),
    errorCode: t.string({
      nullable: true,
      description: 'Why it was refused, a DomainErrorCode value in its domain spelling (e.g. invalid-transition); null on success.',
      resolve: (result) => result.error?.code ?? null,
    }),
    errorMessage: t.string({
      nullable: true,
      description: "Why it was refused, in the caller's language; null on success.",
      resolve: (result, _args, context) => (result.error ? context.t(`errors.${result.error.code}`) : null),
    }),
  }),
});

builder.mutationField('rejectAccessRequests', (t) =>
  t.field({
    type: [BulkResultRef],
    description: 'Rejects several requests with one comment; each gets its own email, history event and audit entry.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'One outcome per given ID, in the order given.'),
    args: { ids: t.arg.idList({ required: true, description: 'The requests’ IDs.' }), comment: decisionComment(t) },
    resolve: async (_root, { ids, comment }, context) =>
      context.services.requestDecisions.rejectMany(
        await requireStaff(context),
        ids.map((id) => requirePlainText(String(id), 'ids')),
        requirePlainText(comment, 'comment', 'multi-line'),
        context.meta,
      ),
  }),
);
