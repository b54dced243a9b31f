import { graphql } from '../graphql';

export const OrganisationTypesQuery = graphql(`
  query OrganisationTypes {
    organisationTypes { edges { node { code name } } }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($typeCode: OrganisationTypeCode!, $search: String) {
    organisations(typeCode: $typeCode, search: $search, first: 50) { edges { node { id name } } }
  }
`);
