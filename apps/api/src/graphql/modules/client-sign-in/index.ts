import { DomainError } from '@vhod/domain';
import { consentRequired, pendingClientSignIn, type PendingClientSignIn } from '../../../oidc-provider/pending-sign-in';
import { isHandOverSession } from '../../../oidc-provider/hand-over-session';
import { builder } from '../../builder';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { OidcClientScopeEnum } from '../oidc-clients/oidc-client';

// A regional system sent its user to Vhod: the family portal's /authorize/:uid page.

const ClientSignInRef = builder.objectRef<PendingClientSignIn>('ClientSignIn');
ClientSignInRef.implement({
  description: 'A regional system’s sign-in through Vhod, waiting for the person (sign-in, consent) in this browser.',
  fields: (t) => ({
    clientName: t.string({ description: 'The system’s name, e.g. «Электронный дневник».', resolve: (pending) => pending.client.name }),
    scopes: t.field({
      type: [OidcClientScopeEnum],
      description: 'What the system asks to receive (besides who the person is).',
      resolve: (pending) => pending.scopes,
    }),
    consentRequired: t.boolean({
      description: 'Whether the signed-in person must first allow the system access («Разрешить» / «Отказать»).',
      resolve: (pending, _args, { services, session }) => consentRequired(services, pending, session),
    }),
    continuePath: t.string({
      description: 'Where the browser goes once signed in (and consent given): back to the system through the provider.',
      resolve: (pending) => pending.continuePath,
    }),
    declinePath: t.string({
      description: 'Where «Отказать» leads: the system is told that access was refused.',
      resolve: (pending) => pending.declinePath,
    }),
  }),
});

builder.queryField('clientSignIn', (t) =>
  t.field({
    type: ClientSignInRef,
    nullable: true,
    description: 'The sign-in a system started (by its interaction id); null when it is unknown or has expired.',
    args: { interaction: t.arg.string({ required: true, description: 'The interaction id from /authorize/:id.' }) },
    resolve: (_root, { interaction }, { services }) => pendingClientSignIn(services, interaction),
  }),
);

builder.mutationField('allowClientSignIn', (t) =>
  t.field({
    type: ClientSignInRef,
    description:
      '«Разрешить»: the signed-in person lets the system receive what it asked for; recorded with time and address, and audited.',
    authScopes: { signedIn: true },
    errors: mutationErrors([DomainError], 'The sign-in, ready to continue.'),
    args: { interaction: t.arg.string({ required: true, description: 'The interaction id from /authorize/:id.' }) },
    resolve: async (_root, { interaction }, { services, session, meta }) => {
      if (!isHandOverSession(session)) throw new DomainError('not-signed-in');
      const pending = await pendingClientSignIn(services, interaction);
      if (!pending) throw new DomainError('client-sign-in-not-found');
      await services.oidc.consents.record(
        {
          personId: session.personId,
          accountId: session.accountId,
          esiaSubject: session.esiaSubject,
          clientId: pending.client.clientId,
          scopes: pending.scopes,
        },
        meta,
      );
      return pending;
    },
  }),
);
