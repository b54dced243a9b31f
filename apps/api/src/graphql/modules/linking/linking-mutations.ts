import { DomainError } from '@vhod/domain';
import { sessionCookie } from '../../../sessions/cookies';
import { builder } from '../../builder';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { ViewerRef } from '../viewer/viewer';
import { LegacyCredentialsInput, parseLegacyCredentials } from './legacy-credentials-input';

builder.mutationField('linkWithLegacyLogin', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'From the not-found page: ties the ESIA account of this sign-in to the person card of a legacy SGO login of the same role, then goes on signing in.',
    authScopes: { signingIn: true },
    errors: mutationErrors([DomainError], 'The session, signing in further (consent or account choice may follow).'),
    args: {
      input: t.arg({ type: LegacyCredentialsInput, required: true, description: 'The legacy login of the role chosen at sign-in.' }),
    },
    resolve: (_root, { input }, { session, services, meta }) =>
      services.links.linkWithLegacyLogin(session!, parseLegacyCredentials(input), meta),
  }),
);

builder.mutationField('signInWithLegacyLogin', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Signs in to the family portal with a legacy SGO login, where the deployment still allows it.',
    errors: mutationErrors([DomainError], 'The new session, signed in.'),
    args: { input: t.arg({ type: LegacyCredentialsInput, required: true, description: 'The legacy login and password.' }) },
    resolve: async (_root, { input }, { sessionToken, services, meta, setCookie }) => {
      const { token, session } = await services.legacySignIn.signIn(parseLegacyCredentials(input), sessionToken, meta);
      setCookie(sessionCookie(token, { secure: services.config.secureCookies }));
      return session;
    },
  }),
);

builder.mutationField('unlinkEsia', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Removes the link between this person card and its ESIA account («Удалить связь с учётной записью портала Госуслуг»).',
    authScopes: { signedIn: true },
    errors: mutationErrors([DomainError], 'The session, still signed in.'),
    resolve: async (_root, _args, { session, services, meta }) => {
      await services.links.unlink(session!, meta);
      return session!;
    },
  }),
);
