import { educationalOrganisationTypeCodes, organisationTypeCodes, organisationTypes, type OrganisationType } from '@vhod/db';
import { asc, inArray } from 'drizzle-orm';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';

export const OrganisationTypeCodeEnum = builder.enumType('OrganisationTypeCode', {
  description: 'The kind of an organisation.',
  values: enumValues(organisationTypeCodes, {
    school: 'A general education school («школа»).',
    kindergarten: 'A kindergarten («детский сад»).',
    college: 'A college or technical school («колледж», «техникум»).',
    additional: 'Additional education: clubs, sports and art schools («дополнительное образование»).',
    authority: 'An education authority, not a place of study; families never choose it.',
  }),
});

const OrganisationTypeRef = builder.objectRef<OrganisationType>('OrganisationType');

OrganisationTypeRef.implement({
  description: 'A kind of educational organisation.',
  fields: (t) => ({
    code: t.field({
      type: OrganisationTypeCodeEnum,
      description: 'The kind, as used to filter `organisations`.',
      resolve: (type) => type.code,
    }),
    name: t.exposeString('name', { description: 'Its name as families see it, in Russian.' }),
  }),
});

const organisationTypePageSize = { default: 50, max: 50 } as const;

builder.queryField('organisationTypes', (t) =>
  t.connection(
    {
      type: OrganisationTypeRef,
      description: `Types of educational organisations families may choose, in the order they are offered. A handful: one page of up to ${organisationTypePageSize.max} (the default) holds them all.`,
      authScopes: { organisationDirectory: true },
      resolve: async (_root, args, { services }) =>
        arrayConnection(
          args,
          await services.db
            .select()
            .from(organisationTypes)
            .where(inArray(organisationTypes.code, [...educationalOrganisationTypeCodes]))
            .orderBy(asc(organisationTypes.sortOrder)),
          organisationTypePageSize,
        ),
    },
    ...connectionTypes('OrganisationType', 'organisation types'),
  ),
);
