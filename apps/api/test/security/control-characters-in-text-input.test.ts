import { accounts, classes, persons } from '@vhod/db';
import { and, eq, sql } from 'drizzle-orm';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema';
import { demoSchools } from '../support/demo-organisations';
import { esiaPerson } from '../support/esia-people';
import { staffActor } from '../support/staff-actors';
import { graphQLCaller, staffCaller, type GraphQLCaller } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';

/**
 * A NUL byte (or any other control character) in any text argument of any query or mutation:
 * a clear refusal (a validation error, a domain error, or an empty result), never an internal
 * error, and nothing written. The arguments are found by walking the schema, so a new one is
 * probed without anyone remembering to.
 */
let env: Awaited<ReturnType<typeof seededServices>>;
let callers: Record<'staff' | 'signing-in' | 'anonymous', GraphQLCaller>;
let ids: Record<string, string>;

beforeAll(async () => {
  env = await seededServices();
  const { school1 } = await demoSchools(env.db);
  const { token, session } = await env.services.signIn.afterEsia(esiaPerson('1000004'), 'parent', 'family', meta);
  callers = {
    staff: await staffCaller(env.services, '1000011'),
    'signing-in': graphQLCaller(env.services, token),
    anonymous: graphQLCaller(env.services, undefined),
  };
  const child = session.esiaProfile!.children[0]!.id;
  const { request } = await env.services.accessRequests.submit(
    session,
    { organisationId: school1, childId: child, email: 'p@example.ru' },
    meta,
  );
  const zakharov = await staffActor(env.services, '1000011');
  const { record: client } = await env.services.apiClients.create(
    zakharov,
    { name: 'Выгрузка', scopes: ['requests:read'], organisationIds: null },
    meta,
  );
  const { client: system } = await env.services.oidcClients.create(
    zakharov,
    {
      name: 'Дневник',
      redirectUris: ['https://diary.example.ru/cb'],
      scopes: ['profile'],
      trusted: true,
      authMethod: 'client_secret_basic',
    },
    meta,
  );
  const orlova = await staffActor(env.services, '1000006');
  const template = await env.services.replyTemplates.save(orlova, { title: 'Шаблон', text: 'Текст' }, meta);
  const [petrova] = await env.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.lastName, 'Петрова'), eq(persons.firstName, 'Анна')));
  const [account] = await env.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, petrova!.id));
  const [schoolClass] = await env.db.select({ id: classes.id }).from(classes).where(eq(classes.organisationId, school1));
  // The readiness numbers are counted on their first read: count them now, not during a probe.
  await callers.staff.execute('{ organisationReadiness { __typename } }');
  ids = {
    request: request.id,
    apiClient: client.client.id,
    oidcClient: system.id,
    template: template.id,
    person: petrova!.id,
    account: account!.id,
    class: schoolClass!.id,
    organisation: school1,
    child,
    // No data-drift item in the demo: a well-formed id of none.
    drift: '00000000-0000-4000-8000-000000000000',
  };
});
afterAll(async () => {
  await env?.database.close();
});

const idOf: Record<string, string> = {
  accessRequest: 'request',
  staffAccessRequest: 'request',
  takeAccessRequest: 'request',
  rejectAccessRequest: 'request',
  resolveAccessRequestByCreate: 'request',
  resolveAccessRequestByLink: 'request',
  addAccessRequestNote: 'request',
  apiClient: 'apiClient',
  revokeApiClient: 'apiClient',
  rotateApiClientSecret: 'apiClient',
  revokeOidcClient: 'oidcClient',
  rotateOidcClientSecret: 'oidcClient',
  personCard: 'person',
  updatePersonCard: 'person',
  unlinkPersonCardEsia: 'person',
  deleteReplyTemplate: 'template',
  saveReplyTemplate: 'template',
  acceptDataDrift: 'drift',
  dismissDataDrift: 'drift',
};

/** A value that passes on its own, so that the probe reaches the check of the text it is about. */
function sampleText(field: string, name: string, scalar: string): string {
  const byName: Record<string, string> = {
    id: ids[idOf[field] ?? 'request']!,
    ids: ids.request!,
    personId: ids.person!,
    childPersonId: ids.person!,
    accountId: ids.account!,
    actorAccountId: ids.account!,
    classId: ids.class!,
    organisationId: ids.organisation!,
    organisationIds: ids.organisation!,
    childId: ids.child!,
    search: 'Школа',
    action: 'esia.linked',
    text: 'Текст ответа',
    title: 'Заголовок',
    comment: 'Комментарий',
    overrideReason: 'Сменила фамилию',
    name: 'Клиент',
    login: 'petrova.as',
    password: 'school123',
    email: 'a@example.ru',
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1985-04-12',
    snils: '112-233-445 95',
    phone: '+7 900 000-00-00',
    series: '4500',
    number: '123456',
    after: 'eyJ4IjoxfQ',
    interaction: 'interaction-id',
    redirectUris: 'https://diary.example.ru/cb',
    postLogoutRedirectUris: 'https://diary.example.ru/',
    backChannelLogoutUri: 'https://diary.example.ru/logout',
    startUrl: 'https://diary.example.ru/',
    jwks: '{"keys":[{"kty":"EC","crv":"P-256","x":"x","y":"y"}]}',
    before: 'eyJ4IjoxfQ',
  };
  if (scalar === 'DateTime') return '2026-01-01T00:00:00.000Z';
  if (scalar === 'Date') return '2026-01-01';
  const value = byName[name];
  if (value === undefined) throw new Error(`no sample for ${field}(${name})`);
  return value;
}

const textScalars = new Set(['String', 'ID', 'Date', 'DateTime']);

interface Probe {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input field names down to the text. */
  path: string[];
}

function textPaths(type: GraphQLInputType, path: string[], seen: Set<string>): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return textScalars.has(named.name) ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) => textPaths(field.type, [...path, field.name], new Set([...seen, named.name])));
}

const probes: Probe[] = [];
for (const [operation, root] of [
  ['query', schema.getQueryType()!],
  ['mutation', schema.getMutationType()!],
] as const) {
  for (const field of Object.values(root.getFields())) {
    for (const arg of field.args) for (const path of textPaths(arg.type, [arg.name], new Set())) probes.push({ operation, field, path });
  }
}

/** The variable for one argument: required parts filled in, the probed text ending in a NUL byte. */
function valueFor(fieldName: string, type: GraphQLInputType, name: string, target: string[] | null): unknown {
  if (isNonNullType(type)) return valueFor(fieldName, type.ofType, name, target);
  if (isListType(type)) return [valueFor(fieldName, type.ofType as GraphQLInputType, name, target)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const onPath = target?.[0] === field.name;
      if (onPath || isNonNullType(field.type))
        value[field.name] = valueFor(fieldName, field.type, field.name, onPath ? target!.slice(1) : null);
    }
    return value;
  }
  const scalar = getNamedType(type).name;
  if (scalar === 'Int') return 10;
  if (scalar === 'Boolean') return false;
  const text = sampleText(fieldName, name, scalar);
  return target === null ? text : `${text}\u0000`;
}

function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isUnionType(named)) {
    const members = named.getTypes().map((member) => member.name);
    const parts = ['__typename'];
    if (members.includes('DomainError')) parts.push('... on DomainError { code }');
    if (members.includes('ValidationError')) parts.push('... on ValidationError { fieldErrors { field code message } }');
    return `{ ${parts.join(' ')} }`;
  }
  if (isObjectType(named)) return 'edges' in named.getFields() ? '{ __typename edges { cursor } }' : '{ __typename }';
  return '';
}

function documentFor({ operation, field, path }: Probe) {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const onPath = arg.name === path[0];
    if (!onPath && !isNonNullType(arg.type)) continue;
    variables[arg.name] = valueFor(field.name, arg.type, arg.name, onPath ? path.slice(1) : null);
    declarations.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const query = `${operation} (${declarations.join(', ')}) { result: ${field.name}(${args.join(', ')}) ${selection(field.type)} }`;
  return { query, variables };
}

/** PGlite answers `{ rows }`, postgres.js the rows themselves. */
async function rowsOf<Row>(query: ReturnType<typeof sql>): Promise<Row[]> {
  const result: unknown = await env.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

async function databaseState(): Promise<Record<string, string>> {
  const tables = await rowsOf<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  const state: Record<string, string> = {};
  for (const { name } of tables) {
    // A session's last-seen time moves by itself; everything else must stay as it was.
    const [row] = await rowsOf<{ digest: string }>(
      sql`select md5(coalesce(string_agg(row_text, '|' order by row_text), '')) as digest from (select (to_jsonb(t) - 'last_seen_at')::text as row_text from ${sql.identifier(name)} t) rows`,
    );
    state[name] = row!.digest;
  }
  return state;
}

describe('a control character in any text argument', () => {
  it('walks every String and ID argument and input field of every query and mutation', () => {
    const names = new Set(probes.map((probe) => `${probe.field.name}(${probe.path.join('.')})`));
    // The findings of the probe: organisation search and a request's comment must be among them.
    expect(names).toContain('organisations(search)');
    expect(names).toContain('submitAccessRequest(input.comment)');
    expect(probes.length).toBeGreaterThan(60);
  });

  it('says what is wrong: in the organisation search and in a request’s comment', async () => {
    const search = await callers.anonymous.execute(
      'query ($search: String) { organisations(typeCode: SCHOOL, search: $search) { __typename } }',
      {
        search: 'Школа\u0000',
      },
    );
    expect(search.errors).toEqual([
      expect.objectContaining({
        message: 'Текст содержит управляющие символы (например, скопированные из другой программы). Удалите их и повторите.',
        extensions: { code: 'BAD_USER_INPUT', field: 'search' },
      }),
    ]);
    const submitted = await callers['signing-in'].execute<{ submitAccessRequest: { fieldErrors?: unknown } }>(
      'mutation ($input: AccessRequestInput!) { submitAccessRequest(input: $input) { ... on ValidationError { fieldErrors { field code message } } } }',
      { input: { organisationId: ids.organisation, childId: ids.child, email: 'p@example.ru', comment: 'Сын учится\nв 5А\u0000' } },
    );
    expect(submitted.data?.submitAccessRequest.fieldErrors).toEqual([
      {
        field: 'comment',
        code: 'validation.control-characters',
        message: 'Текст содержит управляющие символы (например, скопированные из другой программы). Удалите их.',
      },
    ]);
  });

  it('is refused clearly, never with an internal error, and changes nothing', async () => {
    const failures: string[] = [];
    for (const probe of probes) {
      const { query, variables } = documentFor(probe);
      for (const [who, caller] of Object.entries(callers)) {
        const label = `${probe.field.name}(${probe.path.join('.')}) as ${who}`;
        const before = await databaseState();
        const response = await caller.execute<{ result: { __typename?: string } | null }>(query, variables);
        const internal = (response.errors ?? []).filter(
          (error) => error.extensions?.code !== 'BAD_USER_INPUT' && !/Not authorized/.test(error.message),
        );
        if (internal.length > 0)
          failures.push(`${label}: ${internal.map((error) => `${error.message} ${JSON.stringify(error.extensions)}`).join('; ')}`);
        const typename = response.data?.result?.__typename;
        if (probe.operation === 'mutation' && typename?.endsWith('Success')) failures.push(`${label}: accepted`);
        const after = await databaseState();
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length > 0) failures.push(`${label}: changed ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
