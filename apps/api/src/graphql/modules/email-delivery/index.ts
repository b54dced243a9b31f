// «Недоставленные письма»: emails the outbox gave up on, for the regional administrator, and retrying one.
import { DomainError } from '@vhod/domain';
import type { GivenUpEmail } from '@vhod/email';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';

const UndeliveredEmailRef = builder.objectRef<GivenUpEmail>('UndeliveredEmail');

UndeliveredEmailRef.implement({
  description:
    'An email the system gave up sending after all its attempts. What and why only: never the address, subject or text, which are personal data.',
  fields: (t) => ({
    id: t.id({ description: 'The email’s number in the outbox.', resolve: (email) => String(email.id) }),
    template: t.exposeString('template', {
      description: 'Which email it is: access-request-created, access-request-resolved or access-request-rejected.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was written (with the change it reports).',
      resolve: (email) => email.createdAt,
    }),
    attempts: t.exposeInt('attempts', { description: 'How many times sending it failed.' }),
    reason: t.string({
      nullable: true,
      description: 'The last attempt’s error as the mail server gave it, with email addresses removed; null when none was kept.',
      resolve: (email) => email.lastError,
    }),
  }),
});

builder.queryField('undeliveredEmails', (t) =>
  t.connection(
    {
      type: UndeliveredEmailRef,
      description: '«Недоставленные письма»: emails given up after their retries, newest first (the regional administrator).',
      authScopes: { emailDeliveryAdmin: true },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => context.services.undeliveredEmails.list(await requireStaff(context), args)),
    },
    ...connectionTypes('UndeliveredEmail', 'undelivered emails'),
  ),
);

const RetriedEmailRef = builder.objectRef<{ id: number }>('RetriedEmail');

RetriedEmailRef.implement({
  description: 'An email put back in the queue: the outbox worker sends it within its next poll.',
  fields: (t) => ({
    id: t.id({ description: 'The email’s number in the outbox.', resolve: (email) => String(email.id) }),
  }),
});

builder.mutationField('retryUndeliveredEmail', (t) =>
  t.field({
    type: RetriedEmailRef,
    description: 'Puts an undelivered email back in the queue as a first attempt, due now. Audited (email.retried).',
    authScopes: { emailDeliveryAdmin: true },
    errors: mutationErrors([DomainError], 'The email, queued again.'),
    args: { id: t.arg.id({ required: true, description: 'The email’s ID from undeliveredEmails.' }) },
    resolve: async (_root, { id }, context) => {
      const number = Number(id);
      // An ID that is no outbox number is no given-up email either.
      if (!Number.isSafeInteger(number) || number <= 0) throw new DomainError('email-not-given-up');
      return context.services.undeliveredEmails.retry(await requireStaff(context), number, context.meta);
    },
  }),
);
