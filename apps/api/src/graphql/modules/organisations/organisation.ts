import { organisationTypes, type Organisation } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { builder } from '../../builder';

export const OrganisationRef = builder.objectRef<Organisation>('Organisation');

OrganisationRef.implement({
  description: 'An educational organisation: school, kindergarten, college or additional education.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Full official name.' }),
    shortName: t.exposeString('shortName'),
    municipality: t.exposeString('municipality'),

    typeName: t.string({
      resolve: async (organisation, _args, { services }) => {
        const [type] = await services.db.select().from(organisationTypes).where(eq(organisationTypes.code, organisation.typeCode));
        return type?.name ?? organisation.typeCode;
      },
    }),
  }),
});
