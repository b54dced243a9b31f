import { isSelfLinkAllowed, type DeploymentPolicy } from '@vhod/domain';
import { builder } from '../../builder';

const DeploymentRef = builder.objectRef<DeploymentPolicy>('Deployment');

DeploymentRef.implement({
  description: "This deployment's rules that the pages explain to users.",
  fields: (t) => ({
    regionName: t.exposeString('regionName', { description: 'The region’s name as users see it.' }),
    timeZone: t.string({
      description: 'The IANA time zone (VHOD_TIME_ZONE) the pages show dates and times in, whatever the browser’s, e.g. Europe/Moscow.',
      resolve: (_policy, _args, { services }) => services.config.timeZone,
    }),
    selfLinkCutoff: t.expose('selfLinkCutoff', {
      type: 'Date',
      description: 'Last day on which families may link ESIA with their legacy login themselves.',
    }),
    selfLinkOpen: t.boolean({
      description: 'Whether that day has not passed yet (in the deployment time zone).',
      resolve: (policy, _args, { services }) => isSelfLinkAllowed({ policy, today: services.clock.today() }),
    }),
    legacySignInOpen: t.boolean({
      description:
        'Whether anyone may still sign in with a legacy login (everyone before the cutoff; students under 14 after it if allowed).',
      resolve: (policy, _args, { services }) =>
        isSelfLinkAllowed({ policy, today: services.clock.today() }) || policy.legacySignInForUnder14,
    }),
  }),
});

builder.queryField('deployment', (t) =>
  t.field({
    type: DeploymentRef,
    description: 'This deployment’s rules (self-linking cutoff, legacy sign-in) and time zone; public.',
    resolve: (_root, _args, { services }) => services.config.policy,
  }),
);
