import { DomainError } from '@vhod/domain';
import { builder } from '../../builder';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { ViewerRef } from '../viewer/viewer';

builder.mutationField('giveConsent', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Records consent to the transfer of personal data and continues the sign-in.',
    authScopes: { signingIn: true },
    errors: mutationErrors([DomainError], 'The session at its next stage.'),
    resolve: (_root, _args, { session, services, meta }) => services.signIn.giveConsent(session!, meta),
  }),
);

builder.mutationField('declineConsent', (t) =>
  t.boolean({
    description: 'Refuses consent: the sign-in ends and nothing is linked.',
    authScopes: { signingIn: true },
    errors: mutationErrors([DomainError], 'Always true.'),
    resolve: async (_root, _args, { session, sessionToken, services, meta }) => {
      await services.signIn.declineConsent(session!, sessionToken!, meta);
      return true;
    },
  }),
);

builder.mutationField('chooseAccount', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Enters one of the offered accounts; it becomes the default next time.',
    authScopes: { signingIn: true },
    errors: mutationErrors([DomainError], 'The session, signed in to that account.'),
    args: { accountId: t.arg.id({ required: true, description: 'One of Viewer.accountChoices.' }) },
    resolve: (_root, { accountId }, { session, services, meta }) => services.signIn.chooseAccount(session!, String(accountId), meta),
  }),
);
