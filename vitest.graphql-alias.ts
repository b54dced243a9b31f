import { createRequire } from 'node:module';

/**
 * graphql 16 ships both index.js (what Node loads for Pothos and Yoga) and index.mjs (what
 * Vite prefers for our sources). Two copies break `instanceof`, so tests pin Node's choice.
 */
export const graphqlAlias = {
  graphql: createRequire(new URL('./apps/api/package.json', import.meta.url)).resolve('graphql'),
};
