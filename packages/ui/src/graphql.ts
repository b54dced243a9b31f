import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/** Typed documents: result and variable types come from the API's committed schema.graphql. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string; ID: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
