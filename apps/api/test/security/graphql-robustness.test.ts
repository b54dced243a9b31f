import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionEsiaEnv } from '../support/production-esia-env';
import { staffCaller } from '../support/staff-graphql';
import { seededApiServer, type SeededApiServer } from '../support/test-services';

// Finding 8: a list literal nested 3,000 deep answered 500 before any limit applied; anonymous
// 10 MB bodies were parsed; 5,000 IDs in one variable kept a mutation busy for 7 s; production
// still suggested enum values; an invalid DateTime variable was an internal error.
const publicOrigin = 'https://vhod.example.ru';
let api: SeededApiServer;
let staffCookie: string;

beforeAll(async () => {
  api = await seededApiServer({ env: { ...productionEsiaEnv(), VHOD_PUBLIC_ORIGIN: publicOrigin } });
  staffCookie = `vhod_session=${(await staffCaller(api.services, '1000006')).token}`;
});
afterAll(() => api?.close());

interface Answer {
  status: number;
  errors: Array<{ message: string; extensions?: { code?: string } }>;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: publicOrigin, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, errors: text ? ((JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? []) : [] };
}
const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query, variables }), headers);

const organisations = (search: string) => `{ organisations(typeCode: SCHOOL, search: ${search}) { edges { node { id } } } }`;
const rejectMany = 'mutation ($ids: [ID!]!) { rejectAccessRequests(ids: $ids, comment: "Нет оснований") { __typename } }';

describe('GraphQL robustness (finding 8)', () => {
  it('answers a list literal nested 3,000 deep with a clear 400, not a crash', async () => {
    const answer = await graphql(organisations(`${'['.repeat(3000)}"a"${']'.repeat(3000)}`));
    expect(answer.status).toBe(400);
    expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0]?.message).toMatch(/вложен/);
  });

  it('still answers a query nested as deeply as our own pages nest', async () => {
    const answer = await graphql(organisations('"Школа"'));
    expect(answer).toEqual({ status: 200, errors: [] });
  });

  it('refuses a 10 MB body with 413 before parsing it', async () => {
    const answer = await post(JSON.stringify({ query: organisations('"Школа"'), variables: { padding: 'x'.repeat(10 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(answer.errors[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a body just under 100 KB', async () => {
    const answer = await post(JSON.stringify({ query: organisations('"Школа"'), variables: { padding: 'x'.repeat(99 * 1024) } }));
    expect(answer.status).toBe(200);
  });

  it('refuses 5,000 IDs in one variable unread (the body is over 100 KB), and 2,000 with a clear error', async () => {
    const ids = (length: number) => Array.from({ length }, () => randomUUID());
    expect((await graphql(rejectMany, { ids: ids(5000) }, { cookie: staffCookie })).status).toBe(413);
    const answer = await graphql(rejectMany, { ids: ids(2000) }, { cookie: staffCookie });
    expect(answer.status).toBe(400);
    expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0]?.message).toMatch(/не больше 100 значений/);
  });

  it('takes 100 IDs in one list (each answered on its own)', async () => {
    const ids = Array.from({ length: 100 }, () => randomUUID());
    const answer = await graphql(rejectMany, { ids }, { cookie: staffCookie });
    expect(answer).toEqual({ status: 200, errors: [] });
  });

  it('refuses more than 1,000 list items in one operation, however they are split', async () => {
    const lists = Array.from(
      { length: 11 },
      (_, index) => `a${index}: rejectAccessRequests(ids: $ids${index}, comment: "Нет") { __typename }`,
    );
    const declarations = lists.map((_, index) => `$ids${index}: [ID!]!`).join(', ');
    const variables = Object.fromEntries(lists.map((_, index) => [`ids${index}`, Array.from({ length: 100 }, () => randomUUID())]));
    const answer = await graphql(`mutation (${declarations}) { ${lists.join(' ')} }`, variables, { cookie: staffCookie });
    expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0]?.message).toMatch(/не больше 1000/);
  });

  it('suggests no enum value in production, in a literal or a variable', async () => {
    const literal = await graphql('{ organisations(typeCode: SCHOL) { edges { node { id } } } }');
    const variable = await graphql('query ($type: OrganisationTypeCode!) { organisations(typeCode: $type) { edges { node { id } } } }', {
      type: 'SCHOL',
    });
    for (const answer of [literal, variable]) {
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0]?.message).not.toMatch(/Did you mean|SCHOOL/);
    }
  });

  it('answers an invalid DateTime variable as bad input, not an internal error', async () => {
    const answer = await graphql(
      'query ($from: DateTime) { staffAccessRequests(filter: { from: $from }) { edges { node { id } } } }',
      { from: 'вчера' },
      { cookie: staffCookie },
    );
    expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0]?.message).toMatch(/ISO 8601/);
  });
});
