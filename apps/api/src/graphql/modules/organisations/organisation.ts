import type { Organisation } from '@vhod/db';
import { builder } from '../../builder';

export const OrganisationRef = builder.objectRef<Organisation>('Organisation');

OrganisationRef.implement({
  description: 'An educational organisation: school, kindergarten, college or additional education.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    name: t.exposeString('name', { description: 'Full official name.' }),
    shortName: t.exposeString('shortName', { description: 'The short name used in lists, e.g. «Школа № 1».' }),
    municipality: t.exposeString('municipality', { description: 'The municipality (town or district) it belongs to.' }),
    typeName: t.string({
      description: 'The name of its kind, e.g. «Общеобразовательная организация».',
      resolve: async (organisation, _args, { loaders }) =>
        (await loaders.organisationTypeName.load(organisation.typeCode)) ?? organisation.typeCode,
    }),
  }),
});
