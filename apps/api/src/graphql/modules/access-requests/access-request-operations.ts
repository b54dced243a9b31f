import { accessRequestCommentMaxLength, accessRequestEmailMaxLength, DomainError } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { ValidationError } from '../../../validation/validation-error';
import { builder } from '../../builder';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { AccessRequestRef } from './access-request';

const AccessRequestInput = builder.inputType('AccessRequestInput', {
  description: 'What the applicant fills in; who they are comes from ESIA, not from here.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation to ask (see `organisations`).' }),
    classId: t.id({ required: false, description: 'The class, if known (see `organisationClasses`); null or empty for none.' }),
    childId: t.id({
      required: false,
      description: "For a parent, required: the child's id from the ESIA profile (AccessRequestForm.children). Ignored for a student.",
    }),
    email: t.string({ required: true, description: `Where the answer goes; up to ${accessRequestEmailMaxLength} characters.` }),
    comment: t.string({
      required: false,
      description: `Anything the organisation should know; up to ${accessRequestCommentMaxLength} characters.`,
    }),
  }),
});

const SubmittedRef = builder.objectRef<{ request: AccessRequest; alreadyExisted: boolean }>('SubmittedAccessRequest');

SubmittedRef.implement({
  description: 'The request that was sent, or the open one that already existed.',
  fields: (t) => ({
    request: t.field({ type: AccessRequestRef, description: 'The request, with its number.', resolve: (result) => result.request }),
    alreadyExisted: t.exposeBoolean('alreadyExisted', {
      description: 'An open request for the same organisation and child existed; it is returned and no new one was made.',
    }),
  }),
});

builder.mutationField('submitAccessRequest', (t) =>
  t.field({
    type: SubmittedRef,
    description:
      'Sends a request for access to an organisation and emails its number to the applicant. Only for a confirmed ESIA account signed in but not found (see AccessRequestForm.eligible).',
    errors: mutationErrors([DomainError, ValidationError], 'The request and whether it existed already.'),
    args: { input: t.arg({ type: AccessRequestInput, required: true, description: 'The form’s fields.' }) },
    resolve: (_root, { input }, { session, services, meta }) => {
      if (!session?.esiaProfile) throw new DomainError('access-request-not-eligible');
      return services.accessRequests.submit(session, input, meta);
    },
  }),
);

// A family sends a few requests at most; the whole list fits one page.
const myRequestsPageSize = { default: 100, max: 100 } as const;

builder.queryField('myAccessRequests', (t) =>
  t.connection(
    {
      type: AccessRequestRef,
      description: `«Мои обращения»: the requests sent with the current ESIA account, newest first; empty without one. Pages of up to ${myRequestsPageSize.max} (the default).`,
      resolve: async (_root, args, { session, services }) =>
        arrayConnection(args, session ? await services.accessRequests.listMine(session) : [], myRequestsPageSize),
    },
    ...connectionTypes('AccessRequest', 'the visitor’s own access requests'),
  ),
);

builder.queryField('accessRequest', (t) =>
  t.field({
    type: AccessRequestRef,
    nullable: true,
    description: 'One of the current ESIA account’s own requests; null for anyone else’s.',
    args: { id: t.arg.id({ required: true, description: 'The request’s ID.' }) },
    resolve: (_root, { id }, { session, services }) => (session ? services.accessRequests.getMine(session, String(id)) : null),
  }),
);
