import { DomainError } from '@vhod/domain';
import { builder } from '../../builder';
import { ViewerRef } from '../viewer/viewer';

builder.mutationField('giveConsent', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Records consent to the transfer of personal data and continues the sign-in.',
    authScopes: { signingIn: true },
    errors: { types: [DomainError] },
    resolve: (_root, _args, { session, services, meta }) => services.signIn.giveConsent(session!, meta),
  }),
);

builder.mutationField('declineConsent', (t) =>
  t.boolean({
    description: 'Refuses consent: the sign-in ends and nothing is linked.',
    authScopes: { signingIn: true },
    errors: { types: [DomainError] },
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
    errors: { types: [DomainError] },
    args: { accountId: t.arg.id({ required: true }) },
    resolve: (_root, { accountId }, { session, services, meta }) => services.signIn.chooseAccount(session!, String(accountId), meta),
  }),
);
