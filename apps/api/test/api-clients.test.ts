import { auditLog } from '@vhod/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../src/config';
import { createApiServices } from '../src/server/create-api-server';
import { apiClientCaller, executeAsApiClient, type ApiClientResponse } from './support/api-client-graphql';
import { demoSchools } from './support/demo-organisations';
import { dataOf, staffCaller, type GraphQLCaller } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let env: Awaited<ReturnType<typeof seededServices>>;
let zakharov: GraphQLCaller; // regional administrator
let school1: string;
let gymnasium2: string;

const createClient = `
  mutation Create($input: ApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on MutationCreateApiClientSuccess { data { secret client { id name scopes allOrganisations secretPrefix } } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }`;
type CreateClientResult = {
  createApiClient: {
    __typename: string;
    data: { secret: string; client: { id: string } };
    fieldErrors: Array<{ field: string; message: string }>;
  };
};

async function newClient(input: { name?: string; scopes: string[]; organisationIds?: string[]; rateLimitPerMinute?: number }) {
  const result = dataOf<CreateClientResult>(
    await zakharov.execute(createClient, { input: { name: 'Министерство', ...input } }),
  ).createApiClient;
  expect(result.__typename).toBe('MutationCreateApiClientSuccess');
  return {
    id: result.data.client.id,
    secret: result.data.secret,
    call: apiClientCaller(env.services, result.data.secret),
  };
}

/** Pothos' refusal of a field outside the caller's scopes, exactly as a client receives it. */
function notAuthorized(type: 'Query' | 'Mutation', field: string) {
  return { data: null, errors: [expect.objectContaining({ message: `Not authorized to resolve ${type}.${field}`, path: [field] })] };
}

/** The answer to a secret that is not (or no longer) valid. */
const secretRefused = {
  errors: [
    {
      message:
        'Ключ API не принят: он неверен, заменён новым или доступ клиента отозван. Получите действующий ключ у регионального администратора.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
};

const requestsQuery = `{ staffAccessRequests(first: 10, filter: { search: "Николаев" }) { edges { node { id number organisation { id } applicant { lastName snils document } } } } }`;
type RequestsResult = {
  staffAccessRequests: { edges: Array<{ node: { applicant: { lastName: string; snils: string | null; document: unknown } } }> };
};

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
  zakharov = await staffCaller(env.services, '1000011');
  // One open request in Школа № 1 from Николаев, whom ESIA knows with SNILS and passport.
  const session = await unmatchedSession(env.services, '1000004', 'parent');
  await env.services.accessRequests.submit(
    session,
    { organisationId: school1, childId: session.esiaProfile!.children[0]!.id, email: 'x@example.ru' },
    meta,
  );
});
afterAll(async () => {
  await env?.database.close();
});

describe('API clients: creating', () => {
  it('shows the secret once and keeps only its hash', async () => {
    const { id, secret } = await newClient({ scopes: ['STATISTICS_READ'] });
    expect(secret).toMatch(/^vhod_[A-Za-z0-9_-]{43}$/);
    const listed = dataOf<{ apiClients: { edges: Array<{ node: { id: string; secretPrefix: string } }> } }>(
      await zakharov.execute(`{ apiClients(first: 10) { edges { node { id secretPrefix } } } }`),
    ).apiClients.edges;
    const node = listed.find((edge) => edge.node.id === id)!.node;
    expect(secret.startsWith(node.secretPrefix)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = JSON.stringify(await env.db.query.apiClients.findMany());
    expect(stored).not.toContain(secret);
  });

  it('refuses a form without scopes or name, in Russian, and writes nothing', async () => {
    const before = (await env.db.query.apiClients.findMany()).length;
    const result = dataOf<CreateClientResult>(await zakharov.execute(createClient, { input: { name: ' ', scopes: [] } })).createApiClient;
    expect(result).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { field: 'name', code: 'validation.required', message: 'Заполните это поле.' },
        { field: 'scopes', code: 'validation.scopes-required', message: 'Отметьте хотя бы одно право доступа.' },
      ],
    });
    expect((await env.db.query.apiClients.findMany()).length).toBe(before);
  });

  it('is for the regional administrator only', async () => {
    const orlova = await staffCaller(env.services, '1000006'); // a school's administrator
    expect(await orlova.execute(createClient, { input: { name: 'x', scopes: ['REQUESTS_READ'] } })).toEqual(
      notAuthorized('Mutation', 'createApiClient'),
    );
    expect(await orlova.execute(`{ apiClients(first: 1) { edges { node { id } } } }`)).toEqual(notAuthorized('Query', 'apiClients'));
  });
});

describe('API clients: what a client sees', () => {
  it('gets nothing beyond its scopes: no requests, no cards, no directory, no writes, no session', async () => {
    const { call } = await newClient({ scopes: ['STATISTICS_READ'] });
    for (const [field, query] of [
      ['staffAccessRequests', requestsQuery],
      ['personCards', `{ personCards(first: 5) { edges { node { id snils } } } }`],
      ['apiClients', `{ apiClients(first: 5) { edges { node { id } } } }`],
      ['auditLog', `{ auditLog(first: 5) { edges { node { id } } } }`],
    ] as const) {
      expect((await call(query)).body, query).toEqual(notAuthorized('Query', field));
    }
    const take = await call(`mutation { takeAccessRequest(id: "00000000-0000-0000-0000-000000000000") { __typename } }`);
    expect(take.body).toEqual(notAuthorized('Mutation', 'takeAccessRequest'));
    const viewer = await call(`{ viewer { sessionId: __typename } currentApiClient { name scopes } }`);
    expect(viewer.body.data).toEqual({ viewer: null, currentApiClient: { name: 'Министерство', scopes: ['STATISTICS_READ'] } });
  });

  it('reads statistics of its own organisations only', async () => {
    const { call } = await newClient({ scopes: ['STATISTICS_READ'], organisationIds: [gymnasium2] });
    const { body } = await call<{ organisationReadiness: { edges: Array<{ node: { organisationId: string } }> } }>(
      `{ organisationReadiness(first: 50) { edges { node { organisationId students } } } }`,
    );
    expect(body.data?.organisationReadiness.edges.map((edge) => edge.node.organisationId)).toEqual([gymnasium2]);
    const other = await call<{ readiness: { edges: unknown[] } }>(
      `query($id: ID!) { readiness(organisationId: $id, first: 50) { edges { node { classId } } } }`,
      { id: school1 },
    );
    expect(other.body.data?.readiness.edges).toEqual([]);
  });

  it('sees requests without SNILS and documents unless personal data is in its scopes', async () => {
    const plain = await newClient({ scopes: ['REQUESTS_READ'], organisationIds: [school1] });
    const withPersonalData = await newClient({ scopes: ['REQUESTS_READ', 'PERSONAL_DATA_READ'], organisationIds: [school1] });
    const outsider = await newClient({ scopes: ['REQUESTS_READ', 'PERSONAL_DATA_READ'], organisationIds: [gymnasium2] });

    const nikolaev = (response: ApiClientResponse<RequestsResult>) =>
      response.body.data?.staffAccessRequests.edges.find((edge) => edge.node.applicant.lastName === 'Николаев')?.node;
    expect(nikolaev(await plain.call(requestsQuery))?.applicant).toEqual({ lastName: 'Николаев', snils: null, document: null });
    expect(nikolaev(await withPersonalData.call(requestsQuery))?.applicant).toEqual({
      lastName: 'Николаев',
      snils: '890-123-456 99',
      document: '4511 111222',
    });
    expect((await outsider.call<RequestsResult>(requestsQuery)).body.data?.staffAccessRequests.edges).toEqual([]);
  });

  it('attributes every call in the audit log', async () => {
    const { id, call } = await newClient({ scopes: ['STATISTICS_READ'] });
    await call(`query NightlyExport { organisationReadiness(first: 1) { edges { node { organisationId } } } }`);
    await call(`{ currentApiClient { name } }`);
    const entries = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'api-client.request'), eq(auditLog.actorApiClientId, id)));
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => entry.details.operationName)).toEqual(['NightlyExport', null]);
    expect(entries.every((entry) => entry.details.operationType === 'query')).toBe(true);
    expect(entries[0]!.actorKind).toBe('api-client');
    const [client] = await env.db.query.apiClients.findMany({ where: (clients, { eq }) => eq(clients.id, id) });
    expect(client!.lastUsedAt).toEqual(env.clock.now());
  });
});

describe('API clients: secrets', () => {
  const ping = `{ currentApiClient { name } }`;

  it('a revoked secret stops working at once', async () => {
    const { id, call } = await newClient({ scopes: ['STATISTICS_READ'] });
    expect((await call(ping)).status).toBe(200);
    const revoked = dataOf<{ revokeApiClient: { data: { revokedAt: string | null } } }>(
      await zakharov.execute(
        `mutation($id: ID!) { revokeApiClient(id: $id) { __typename ... on MutationRevokeApiClientSuccess { data { revokedAt } } } }`,
        { id },
      ),
    );
    expect(revoked.revokeApiClient.data.revokedAt).toBe(env.clock.now().toISOString());
    const refused = await call(ping);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(refused.body).toEqual(secretRefused);
  });

  it('rotation replaces the secret: the old one is refused, the new one works', async () => {
    const { id, call: oldCall } = await newClient({ scopes: ['STATISTICS_READ'] });
    const rotated = dataOf<{ rotateApiClientSecret: { data: { secret: string } } }>(
      await zakharov.execute(
        `mutation($id: ID!) { rotateApiClientSecret(id: $id) { __typename ... on MutationRotateApiClientSecretSuccess { data { secret } } } }`,
        { id },
      ),
    );
    const newCall = apiClientCaller(env.services, rotated.rotateApiClientSecret.data.secret);
    const old = await oldCall(ping);
    expect(old.status).toBe(401);
    expect(old.body).toEqual(secretRefused);
    expect((await newCall(ping)).body.data).toEqual({ currentApiClient: { name: 'Министерство' } });
  });

  it('an unknown or malformed secret gets 401 and no data', async () => {
    for (const authorization of ['Bearer vhod_not-a-real-secret', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await executeAsApiClient(env.services, authorization, ping);
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate'), authorization).toBe('Bearer error="invalid_token"');
      expect(response.body, authorization).toEqual(secretRefused);
    }
  });
});

describe('API clients: protections', () => {
  it('rate-limits per client with a 429-style error that says when to retry', async () => {
    const limited = await newClient({ scopes: ['STATISTICS_READ'], rateLimitPerMinute: 2 });
    const other = await newClient({ scopes: ['STATISTICS_READ'], rateLimitPerMinute: 2 });
    const ping = `{ currentApiClient { name } }`;
    expect((await limited.call(ping)).status).toBe(200);
    expect((await limited.call(ping)).status).toBe(200);
    const third = await limited.call(ping);
    expect(third.status).toBe(429);
    // The budget is a minute from the client's first request: the wait is at most a minute, and the message names the header's number.
    const retryAfter = Number(third.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(third.body).toEqual({
      errors: [
        {
          message: `Превышен лимит запросов клиента API (2 в минуту). Повторите через ${retryAfter} с.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    // Another client's budget is its own.
    expect((await other.call(ping)).status).toBe(200);
  });

  it('draws on one budget from every API instance on the same database', async () => {
    const client = await newClient({ scopes: ['STATISTICS_READ'], rateLimitPerMinute: 3 });
    // A second instance: its own services and limiters, only the database in common.
    const secondInstance = createApiServices({ config: env.config, db: env.db, clock: env.clock });
    const onSecond = apiClientCaller(secondInstance, client.secret);
    const ping = `{ currentApiClient { name } }`;
    const statuses = [];
    for (const call of [client.call, onSecond, client.call, onSecond, client.call, onSecond]) statuses.push((await call(ping)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('lets an API client introspect in production, but not an anonymous caller', async () => {
    const { secret } = await newClient({ scopes: ['STATISTICS_READ'] });
    const production = createApiServices({
      config: { ...loadApiConfig({ NODE_ENV: 'test', VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru' }), production: true },
      db: env.db,
      clock: env.clock,
    });
    const introspection = `{ __schema { queryType { name } } }`;
    expect((await apiClientCaller(production, secret)(introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const anonymous = await executeAsApiClient(production, '', introspection);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body).toEqual({
      errors: ['__schema', 'queryType'].map((field) =>
        expect.objectContaining({
          message: `GraphQL introspection has been disabled, but the requested query contained the field "${field}".`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ),
    });
  });

  it('masks unexpected errors in production: no message, no stack, no SQL', async () => {
    const { secret } = await newClient({ scopes: ['STATISTICS_READ'] });
    const production = createApiServices({
      config: { ...loadApiConfig({ NODE_ENV: 'test', VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru' }), production: true },
      db: env.db,
      clock: env.clock,
    });
    production.readiness.byOrganisation = async () => {
      throw new Error('relation "accounts" does not exist: select * from accounts where snils = \'112-233-445 95\'');
    };
    const { body } = await apiClientCaller(production, secret)(`{ organisationReadiness(first: 1) { edges { node { students } } } }`);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', path: ['organisationReadiness'] })]);
    expect(JSON.stringify(body)).not.toMatch(/accounts|select|stack|112-233/);
  });

  it('refuses batched operations: one operation per request', async () => {
    const { secret } = await newClient({ scopes: ['STATISTICS_READ'] });
    const { handlerFor } = await import('./support/staff-graphql');
    const response = await handlerFor(env.services).fetch(
      'http://127.0.0.1/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify([{ query: '{ currentApiClient { name } }' }, { query: '{ currentApiClient { name } }' }]),
      },
      { req: { socket: { remoteAddress: meta.clientIp }, headers: {} }, res: {}, responseCookies: [] } as never,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }] });
  });
});
