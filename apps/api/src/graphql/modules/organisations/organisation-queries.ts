import { educationalOrganisationTypeCodes, organisationTypeCodes, organisations, organisationTypes, type OrganisationType } from '@vhod/db';
import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { OrganisationRef } from './organisation';

export const OrganisationTypeCodeEnum = builder.enumType('OrganisationTypeCode', { values: enumValues(organisationTypeCodes) });

const OrganisationTypeRef = builder.objectRef<OrganisationType>('OrganisationType');

OrganisationTypeRef.implement({
  description: 'A kind of educational organisation.',
  fields: (t) => ({
    code: t.field({ type: OrganisationTypeCodeEnum, resolve: (type) => type.code }),
    name: t.exposeString('name'),
  }),
});

builder.queryField('organisationTypes', (t) =>
  t.field({
    type: [OrganisationTypeRef],
    description: 'Types of educational organisations families may choose, in the order they are offered.',
    resolve: (_root, _args, { services }) =>
      services.db
        .select()
        .from(organisationTypes)
        .where(inArray(organisationTypes.code, [...educationalOrganisationTypeCodes]))
        .orderBy(asc(organisationTypes.sortOrder)),
  }),
);

/** Escapes LIKE wildcards so a search for "100%" finds that text, not everything. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

builder.queryField('organisations', (t) =>
  t.field({
    type: [OrganisationRef],
    description: 'Organisations of one type, by name, optionally filtered by a part of the name (at most `first`).',
    args: {
      typeCode: t.arg({ type: OrganisationTypeCodeEnum, required: true }),
      search: t.arg.string({ required: false }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
    },
    resolve: (_root, { typeCode, search, first }, { services }) => {
      const term = search?.trim();
      return services.db
        .select()
        .from(organisations)
        .where(
          and(
            eq(organisations.typeCode, typeCode),
            inArray(organisations.typeCode, [...educationalOrganisationTypeCodes]),
            term ? ilike(organisations.name, likePattern(term)) : undefined,
          ),
        )
        .orderBy(asc(organisations.name))
        .limit(Math.min(Math.max(first ?? 50, 1), 100));
    },
  }),
);
