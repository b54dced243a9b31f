import { auditLog } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaPerson } from './support/esia-people';
import { dataOf, graphQLCaller, staffCaller, type GraphQLCaller } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
let zakharov: GraphQLCaller; // regional administrator

const create = `
  mutation Create($input: OidcClientInput!) {
    createOidcClient(input: $input) {
      __typename
      ... on MutationCreateOidcClientSuccess { data { secret client { id clientId name secretPrefix authMethod } } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }`;
type Created = {
  createOidcClient: {
    __typename: string;
    data: { secret: string | null; client: { id: string; clientId: string; secretPrefix: string | null } };
    fieldErrors: Array<{ field: string; code: string; message: string }>;
    code: string;
    message: string;
  };
};
const library = {
  name: 'Библиотека',
  redirectUris: ['https://lib.example.ru/cb'],
  scopes: ['PROFILE'],
  trusted: false,
  authMethod: 'CLIENT_SECRET_BASIC',
};

beforeAll(async () => {
  env = await seededServices();
  zakharov = await staffCaller(env.services, '1000011');
});
afterAll(async () => {
  await env?.database.close();
});

const audited = async (clientId: string) =>
  (await env.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, clientId))).map((entry) => entry.action);

describe('«Системы входа»: the regional administrator', () => {
  it('registers a system, sees its secret once (only its prefix afterwards), rotates and revokes it, all audited', async () => {
    const created = dataOf<Created>(await zakharov.execute(create, { input: library })).createOidcClient;
    expect(created.__typename).toBe('MutationCreateOidcClientSuccess');
    const { secret, client } = created.data;
    expect(secret).toMatch(/^vhod_/);
    expect(client.secretPrefix).toBe(secret!.slice(0, 11));
    const listed = await zakharov.execute<{ oidcClients: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `{ oidcClients(first: 10) { edges { node { clientId name secretPrefix } } } }`,
    );
    expect(JSON.stringify(listed)).not.toContain(secret!);

    const rotated = await zakharov.execute<{ rotateOidcClientSecret: { data: { secret: string } } }>(
      `mutation($id: ID!) { rotateOidcClientSecret(id: $id) { ... on MutationRotateOidcClientSecretSuccess { data { secret } } } }`,
      { id: client.id },
    );
    expect(dataOf(rotated).rotateOidcClientSecret.data.secret).not.toBe(secret);
    await zakharov.execute(`mutation($id: ID!) { revokeOidcClient(id: $id) { __typename } }`, { id: client.id });
    const again = await zakharov.execute<{ rotateOidcClientSecret: { code: string } }>(
      `mutation($id: ID!) { rotateOidcClientSecret(id: $id) { ... on DomainError { code } } }`,
      { id: client.id },
    );
    expect(dataOf(again).rotateOidcClientSecret.code).toBe('OIDC_CLIENT_REVOKED');
    expect(await audited(client.clientId)).toEqual(['oidc-client.created', 'oidc-client.secret-rotated', 'oidc-client.revoked']);
  });

  it('gets no secret for a private_key_jwt client, and none to rotate; a key set that holds no usable key is refused', async () => {
    const { publicKey } = await import('node:crypto').then((crypto) => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }));
    const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'lib-1', use: 'sig' }] });
    const created = dataOf<Created>(
      await zakharov.execute(create, { input: { ...library, authMethod: 'PRIVATE_KEY_JWT', jwks } }),
    ).createOidcClient;
    expect(created.data.secret).toBeNull();
    const rotate = await zakharov.execute<{ rotateOidcClientSecret: { code: string } }>(
      `mutation($id: ID!) { rotateOidcClientSecret(id: $id) { ... on DomainError { code } } }`,
      { id: created.data.client.id },
    );
    expect(dataOf(rotate).rotateOidcClientSecret.code).toBe('OIDC_CLIENT_WITHOUT_SECRET');

    const unusable = JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'not-a-point', y: 'not-a-point' }] });
    const refused = dataOf<Created>(
      await zakharov.execute(create, { input: { ...library, authMethod: 'PRIVATE_KEY_JWT', jwks: unusable } }),
    ).createOidcClient;
    expect(refused.fieldErrors).toEqual([{ field: 'jwks', code: 'validation.jwks', message: expect.stringContaining('JWKS') }]);
  });

  it('reads the API’s field errors in Russian', async () => {
    const refused = dataOf<Created>(
      await zakharov.execute(create, { input: { ...library, redirectUris: ['http://lib.example.ru/cb#x'] } }),
    ).createOidcClient;
    expect(refused.fieldErrors).toEqual([
      {
        field: 'redirectUris',
        code: 'validation.client-url',
        message: 'Укажите полный адрес https://… без «#» (http допускается только для 127.0.0.1 и localhost).',
      },
    ]);
  });
});

describe('«Системы входа»: everyone else', () => {
  it('is refused to a school’s administrator and to a family session', async () => {
    const orlova = await staffCaller(env.services, '1000006');
    const { token } = await env.services.signIn.afterEsia(esiaPerson('1000001'), 'parent', 'family', meta);
    for (const caller of [orlova, graphQLCaller(env.services, token)]) {
      const list = await caller.execute(`{ oidcClients(first: 1) { edges { node { id } } } }`);
      expect(list.errors?.[0]?.message).toBe('Not authorized to resolve Query.oidcClients');
      const attempt = await caller.execute(create, { input: library });
      expect(attempt.errors?.[0]?.message).toBe('Not authorized to resolve Mutation.createOidcClient');
    }
  });
});
