import { DomainError } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { AccessRequestValidationError } from '../../../access-requests/access-request-service';
import { builder } from '../../builder';
import { AccessRequestRef } from './access-request';

const AccessRequestInput = builder.inputType('AccessRequestInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    classId: t.id({ required: false }),
    childId: t.id({ required: false, description: "For a parent: the child's id from the ESIA profile." }),
    email: t.string({ required: true }),
    comment: t.string({ required: false }),
  }),
});

const SubmittedRef = builder.objectRef<{ request: AccessRequest; alreadyExisted: boolean }>('SubmittedAccessRequest');

SubmittedRef.implement({
  fields: (t) => ({
    request: t.field({ type: AccessRequestRef, resolve: (result) => result.request }),
    alreadyExisted: t.exposeBoolean('alreadyExisted', {
      description: 'An open request for the same organisation and child existed; it is returned and no new one was made.',
    }),
  }),
});

builder.mutationField('submitAccessRequest', (t) =>
  t.field({
    type: SubmittedRef,
    description: 'Sends a request for access to an organisation; returns its number. The applicant data come from ESIA, not from the input.',
    errors: { types: [DomainError, AccessRequestValidationError] },
    args: { input: t.arg({ type: AccessRequestInput, required: true }) },
    resolve: (_root, { input }, { session, services, meta }) => {
      if (!session?.esiaProfile) throw new DomainError('access-request-not-eligible');
      return services.accessRequests.submit(session, input, meta);
    },
  }),
);

builder.queryField('myAccessRequests', (t) =>
  t.field({
    type: [AccessRequestRef],
    description: '«Мои обращения»: the requests sent with the current ESIA account, newest first.',
    resolve: (_root, _args, { session, services }) => (session ? services.accessRequests.listMine(session) : []),
  }),
);

builder.queryField('accessRequest', (t) =>
  t.field({
    type: AccessRequestRef,
    nullable: true,
    description: 'One of the current ESIA account’s own requests; null for anyone else’s.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session, services }) => (session ? services.accessRequests.getMine(session, String(id)) : null),
  }),
);
