import { DomainError } from '@vhod/domain';
import { sessionCookie } from '../../../sessions/cookies';
import { builder } from '../../builder';
import { ViewerRef } from '../viewer/viewer';
import { LegacyCredentialsInput, parseLegacyCredentials } from './legacy-credentials-input';

builder.mutationField('linkWithLegacyLogin', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'From the not-found page: ties the ESIA account of this sign-in to the person card of a legacy SGO login of the same role, then goes on signing in.',
    authScopes: { signingIn: true },
    errors: { types: [DomainError] },
    args: { input: t.arg({ type: LegacyCredentialsInput, required: true }) },
    resolve: (_root, { input }, { session, services, meta }) => services.links.linkWithLegacyLogin(session!, parseLegacyCredentials(input), meta),
  }),
);

builder.mutationField('signInWithLegacyLogin', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Signs in to the family portal with a legacy SGO login, where the deployment still allows it.',
    errors: { types: [DomainError] },
    args: { input: t.arg({ type: LegacyCredentialsInput, required: true }) },
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
    errors: { types: [DomainError] },
    resolve: async (_root, _args, { session, services, meta }) => {
      await services.links.unlink(session!, meta);
      return session!;
    },
  }),
);
