import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices } from '../src/server/create-api-server';
import { loadApiConfig } from '../src/config';
import { queryLimits } from '../src/graphql/security-limits';
import { graphQLCaller } from './support/staff-graphql';
import { seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
beforeAll(async () => {
  env = await seededServices();
});
afterAll(async () => {
  await env?.database.close();
});

const anonymous = () => graphQLCaller(env.services, undefined);

describe('query limits', () => {
  it('accept an ordinary query', async () => {
    const response = await anonymous().execute(`{ deployment { selfLinkOpen } organisationTypes { edges { node { code name } } } }`);
    expect(response.errors).toBeUndefined();
  });

  it('reject an over-deep query with a clear error', async () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`;
    const response = await anonymous().execute(deep);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('reject too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: queryLimits.maxAliases + 1 }, (_, i) => `a${i}: deployment { selfLinkOpen }`).join(' ')} }`;
    const response = await anonymous().execute(aliased);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('reject an over-costly query', async () => {
    const fields = Array.from(
      { length: 14 },
      (_, i) => `o${i}: organisations(typeCode: SCHOOL, first: 100) { edges { node { id name shortName municipality typeName } } }`,
    ).join(' ');
    const response = await anonymous().execute(`{ ${fields} }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/cost limit/i);
  });

  it('turn introspection off in production', async () => {
    const production = createApiServices({
      config: { ...loadApiConfig({ NODE_ENV: 'test', VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru' }), production: true },
      db: env.db,
      clock: env.clock,
    });
    const response = await graphQLCaller(production, undefined).execute(`{ __schema { queryType { name } } }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
    const development = await anonymous().execute(`{ __schema { queryType { name } } }`);
    expect(development.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
