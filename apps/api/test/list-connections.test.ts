import { organisations } from '@vhod/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientCaller } from './support/api-client-graphql';
import { demoSchools } from './support/demo-organisations';
import { staffActor } from './support/staff-actors';
import { dataOf, graphQLCaller, type GraphQLCaller } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
let anonymous: GraphQLCaller;
beforeAll(async () => {
  env = await seededServices();
  anonymous = graphQLCaller(env.services, undefined);
  // Namesakes: the keyset must page through equal names without skipping or repeating one.
  await env.db.insert(organisations).values(
    Array.from({ length: 3 }, (_, i) => ({
      typeCode: 'school' as const,
      name: 'МБОУ «Школа-двойник»',
      shortName: `Двойник ${i}`,
      municipality: 'Тест',
    })),
  );
});
afterAll(async () => {
  await env?.database.close();
});

interface Page<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ORGANISATIONS = `
  query ($typeCode: OrganisationTypeCode!, $search: String, $first: Int, $after: String) {
    organisations(typeCode: $typeCode, search: $search, first: $first, after: $after) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

async function everyOrganisation(variables: { typeCode: string; search?: string }, first: number) {
  const seen: Array<{ id: string; name: string }> = [];
  let after: string | null = null;
  do {
    const page: Page<{ id: string; name: string }> = dataOf<{ organisations: Page<{ id: string; name: string }> }>(
      await anonymous.execute(ORGANISATIONS, { ...variables, first, after }),
    ).organisations;
    expect(page.edges.length).toBeLessThanOrEqual(first);
    seen.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

describe('organisations', () => {
  it('pages by name through every school, namesakes included, one at a time', async () => {
    const expected = await env.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.typeCode, 'school'))
      .orderBy(asc(organisations.name), asc(organisations.id));
    expect(expected.length).toBeGreaterThan(3);
    expect(await everyOrganisation({ typeCode: 'SCHOOL' }, 1)).toEqual(expected);
  });

  it('keeps the name filter while paging', async () => {
    const { gymnasium2 } = await demoSchools(env.db);
    expect((await everyOrganisation({ typeCode: 'SCHOOL', search: 'гимназ' }, 1)).map((row) => row.id)).toEqual([gymnasium2]);
    const namesakes = await env.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, 'МБОУ «Школа-двойник»'))
      .orderBy(asc(organisations.id));
    expect((await everyOrganisation({ typeCode: 'SCHOOL', search: 'двойник' }, 2)).map((row) => row.id)).toEqual(
      namesakes.map((row) => row.id),
    );
  });

  it('is for API clients with the organisations:read scope only', async () => {
    const zakharov = await staffActor(env.services, '1000011');
    const clientWith = async (scopes: Array<'organisations:read' | 'statistics:read'>) =>
      apiClientCaller(
        env.services,
        (await env.services.apiClients.create(zakharov, { name: 'Справочник', scopes, organisationIds: null }, meta)).secret,
      );
    const directory = `{ organisationTypes { edges { node { code } } } organisations(typeCode: SCHOOL) { edges { node { id } } } }`;
    const refused = await (await clientWith(['statistics:read']))(directory);
    expect(refused.body.errors?.[0]?.message).toMatch(/not authorized/i);
    const allowed = await (await clientWith(['organisations:read']))<{ organisations: { edges: unknown[] } }>(directory);
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data?.organisations.edges.length).toBeGreaterThan(0);
  });

  it('refuses a cursor it did not hand out, and backward paging, as the caller’s mistake', async () => {
    const forged = await anonymous.execute(ORGANISATIONS, { typeCode: 'SCHOOL', after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backward = await anonymous.execute(`{ organisations(typeCode: SCHOOL, last: 1) { edges { node { id } } } }`);
    expect(backward.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('short lists', () => {
  const CLASSES = `
    query ($organisationId: ID!, $first: Int, $after: String) {
      organisationClasses(organisationId: $organisationId, first: $first, after: $after) {
        edges { node { name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;
  type ClassPage = { organisationClasses: Page<{ name: string }> };

  it('come whole in one page by default, and page when asked to', async () => {
    const { school1 } = await demoSchools(env.db);
    const whole = dataOf<ClassPage>(await anonymous.execute(CLASSES, { organisationId: school1 })).organisationClasses;
    expect(whole.edges.map((edge) => edge.node.name)).toEqual(['1А', '4Б', '8А', '11А']);
    expect(whole.pageInfo.hasNextPage).toBe(false);

    const first = dataOf<ClassPage>(await anonymous.execute(CLASSES, { organisationId: school1, first: 3 })).organisationClasses;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf<ClassPage>(
      await anonymous.execute(CLASSES, { organisationId: school1, first: 3, after: first.pageInfo.endCursor }),
    ).organisationClasses;
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.name)).toEqual(['1А', '4Б', '8А', '11А']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuse a malformed cursor as the caller’s mistake', async () => {
    const { school1 } = await demoSchools(env.db);
    const response = await anonymous.execute(CLASSES, { organisationId: school1, after: '%%%' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
