import {
  accessRequests,
  accounts,
  apiClients,
  classes,
  organisations,
  dataDriftItems,
  emailOutbox,
  esiaLinks,
  oidcClients,
  parentChildLinks,
  persons,
  replyTemplates,
  type Database,
} from '@vhod/db';
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema';
import { demoSchools } from '../support/demo-organisations';
import { esiaPerson } from '../support/esia-people';
import { dataOf, graphQLCaller, staffCaller, type GraphQLCaller, type GraphQLResponse } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';
import { unmatchedSession } from '../support/unmatched-session';

/**
 * Every ID a mutation takes, given an object of another organisation (or of another person):
 * the mutation refuses and changes nothing. The list of cases is checked against the schema, so
 * a new ID argument fails here until it has its case.
 */
let env: Awaited<ReturnType<typeof seededServices>>;
let belova: GraphQLCaller;
let zakharov: GraphQLCaller;
const ids: Record<string, string> = {};
const callers: Record<string, GraphQLCaller> = {};

async function cardOf(db: Database, lastName: string, firstName: string): Promise<string> {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.lastName, lastName), eq(persons.firstName, firstName)));
  return row!.id;
}

async function familySession(subject: string, role: 'parent' | 'student', changes = {}) {
  const { token, session } = await env.services.signIn.afterEsia(esiaPerson(subject, changes), role, 'family', meta);
  if (session.stage === 'consent') await env.services.signIn.giveConsent(session, meta);
  return graphQLCaller(env.services, token);
}

beforeAll(async () => {
  env = await seededServices();
  const { db } = env;
  const { school1, gymnasium2 } = await demoSchools(db);
  belova = await staffCaller(env.services, '1000010');
  zakharov = await staffCaller(env.services, '1000011');
  const orlova = await staffCaller(env.services, '1000006');

  // A request at each school: Николаев (not found) asks for his daughter Вера.
  // Each case that could wrongly resolve a request gets its own, so one wrong answer cannot hide another.
  const nikolaev = await unmatchedSession(env.services, '1000004', 'parent');
  const vera = nikolaev.esiaProfile!.children[0]!.id;
  const submit = async (organisationId: string, subject = '1000004') => {
    const session = subject === '1000004' ? nikolaev : await unmatchedSession(env.services, '1000004', 'parent', { subject });
    return (await env.services.accessRequests.submit(session, { organisationId, childId: vera, email: 'p.nikolaev@example.ru' }, meta))
      .request.id;
  };
  ids.school1Request = await submit(school1);
  // The request's confirmation email, waiting in the outbox: not given up, so not the administrator's to retry.
  const [waitingEmail] = await db.select({ id: emailOutbox.id }).from(emailOutbox).limit(1);
  ids.waitingEmail = String(waitingEmail!.id);
  for (const use of ['ForClass', 'ForChild', 'ForLink']) ids[`gymnasiumRequest${use}`] = await submit(gymnasium2, `nikolaev-${use}`);

  const [class8A] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.organisationId, school1), eq(classes.name, '8А')));
  ids.school1Class = class8A!.id;
  ids.school1Student = await cardOf(db, 'Васильева', 'Ксения');
  ids.school1OnlyCard = await cardOf(db, 'Орлова', 'Елена');
  ids.gymnasiumStudentNotVera = await cardOf(db, 'Смирнова', 'Дарья');

  // A data-drift item at Школа № 1: Петрова signs in again with a new surname.
  await familySession('1000001', 'parent');
  await familySession('1000001', 'parent', { lastName: 'Сидорова' });
  const [drift] = await db.select({ id: dataDriftItems.id }).from(dataDriftItems);
  ids.school1Drift = drift!.id;

  const template = await orlova.execute<{ saveReplyTemplate: { data: { id: string } } }>(
    `mutation { saveReplyTemplate(title: "Школа № 1", text: "Текст") { ... on MutationSaveReplyTemplateSuccess { data { id } } } }`,
  );
  ids.school1Template = dataOf(template).saveReplyTemplate.data.id;

  const [orlovaAccount] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, ids.school1OnlyCard));
  ids.otherPersonsAccount = orlovaAccount!.id;
  callers.kuznetsova = await familySession('1000002', 'parent');
  callers.nikolaev = graphQLCaller(
    env.services,
    (await env.services.signIn.afterEsia(esiaPerson('1000004'), 'parent', 'family', meta)).token,
  );
  ids.nikolaevsChild = vera;
  ids.school1 = school1;
  ids.gymnasium2 = gymnasium2;
  const [authority] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.typeCode, 'authority'));
  ids.authority = authority!.id;
});
afterAll(async () => {
  await env?.database.close();
});

const nobody = '00000000-0000-4000-8000-000000000000';

/** One case per ID argument (by path, as the schema names it): who calls, with what, and the foreign ID. */
const cases: Record<string, { caller: () => GraphQLCaller; query: string; variables: () => Record<string, unknown> }> = {
  'acceptDataDrift.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { acceptDataDrift(id: $id) { __typename } }`,
    variables: () => ({ id: ids.school1Drift }),
  },
  'dismissDataDrift.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { dismissDataDrift(id: $id) { __typename } }`,
    variables: () => ({ id: ids.school1Drift }),
  },
  'addAccessRequestNote.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { addAccessRequestNote(id: $id, text: "Заметка") { __typename } }`,
    variables: () => ({ id: ids.school1Request }),
  },
  'takeAccessRequest.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { takeAccessRequest(id: $id) { __typename } }`,
    variables: () => ({ id: ids.school1Request }),
  },
  'rejectAccessRequest.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { rejectAccessRequest(id: $id, comment: "Нет") { __typename } }`,
    variables: () => ({ id: ids.school1Request }),
  },
  'rejectAccessRequests.ids': {
    caller: () => belova,
    query: `mutation($ids: [ID!]!) { rejectAccessRequests(ids: $ids, comment: "Нет") { __typename ... on MutationRejectAccessRequestsSuccess { data { request { id } } } } }`,
    variables: () => ({ ids: [ids.school1Request] }),
  },
  'resolveAccessRequestByCreate.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { resolveAccessRequestByCreate(id: $id, comment: "Создано") { __typename } }`,
    variables: () => ({ id: ids.school1Request }),
  },
  'resolveAccessRequestByCreate.classId': {
    caller: () => belova,
    query: `mutation($id: ID!, $classId: ID) { resolveAccessRequestByCreate(id: $id, classId: $classId, comment: "Создано") { __typename } }`,
    variables: () => ({ id: ids.gymnasiumRequestForClass, classId: ids.school1Class }),
  },
  'resolveAccessRequestByCreate.childPersonId': {
    caller: () => belova,
    query: `mutation($id: ID!, $child: ID) { resolveAccessRequestByCreate(id: $id, childPersonId: $child, comment: "Создано") { __typename } }`,
    variables: () => ({ id: ids.gymnasiumRequestForChild, child: ids.school1Student }),
  },
  'resolveAccessRequestByLink.id': {
    caller: () => belova,
    query: `mutation($id: ID!, $p: ID!) { resolveAccessRequestByLink(id: $id, personId: $p, comment: "Связано", overrideReason: "Проверено") { __typename } }`,
    variables: () => ({ id: ids.school1Request, p: ids.gymnasiumStudentNotVera }),
  },
  'resolveAccessRequestByLink.personId': {
    caller: () => belova,
    query: `mutation($id: ID!, $p: ID!) { resolveAccessRequestByLink(id: $id, personId: $p, comment: "Связано", overrideReason: "Проверено") { __typename } }`,
    variables: () => ({ id: ids.gymnasiumRequestForLink, p: ids.school1OnlyCard }),
  },
  'updatePersonCard.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { updatePersonCard(id: $id, input: { lastName: "Иванова", firstName: "Елена" }) { __typename } }`,
    variables: () => ({ id: ids.school1OnlyCard }),
  },
  'unlinkPersonCardEsia.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { unlinkPersonCardEsia(id: $id, comment: "Ошибка") { __typename } }`,
    variables: () => ({ id: ids.school1OnlyCard }),
  },
  'saveReplyTemplate.id': {
    caller: () => belova,
    query: `mutation($id: ID) { saveReplyTemplate(id: $id, title: "Чужой", text: "Текст") { __typename } }`,
    variables: () => ({ id: ids.school1Template }),
  },
  'deleteReplyTemplate.id': {
    caller: () => belova,
    query: `mutation($id: ID!) { deleteReplyTemplate(id: $id) { __typename } }`,
    variables: () => ({ id: ids.school1Template }),
  },
  'chooseAccount.accountId': {
    caller: () => callers.kuznetsova!,
    query: `mutation($id: ID!) { chooseAccount(accountId: $id) { __typename } }`,
    variables: () => ({ id: ids.otherPersonsAccount }),
  },
  'submitAccessRequest.input.organisationId': {
    caller: () => callers.nikolaev!,
    query: `mutation($input: AccessRequestInput!) { submitAccessRequest(input: $input) { __typename } }`,
    variables: () => ({ input: { organisationId: ids.authority, childId: ids.nikolaevsChild, email: 'p.nikolaev@example.ru' } }),
  },
  'submitAccessRequest.input.classId': {
    caller: () => callers.nikolaev!,
    query: `mutation($input: AccessRequestInput!) { submitAccessRequest(input: $input) { __typename } }`,
    variables: () => ({
      input: { organisationId: ids.gymnasium2, classId: ids.school1Class, childId: ids.nikolaevsChild, email: 'p.nikolaev@example.ru' },
    }),
  },
  'submitAccessRequest.input.childId': {
    caller: () => callers.nikolaev!,
    query: `mutation($input: AccessRequestInput!) { submitAccessRequest(input: $input) { __typename } }`,
    variables: () => ({ input: { organisationId: ids.gymnasium2, childId: 'k-someone-else', email: 'p.nikolaev@example.ru' } }),
  },
  'linkWithLegacyLogin.input.organisationId': {
    caller: () => callers.nikolaev!,
    query: `mutation($org: ID!) { linkWithLegacyLogin(input: { organisationId: $org, login: "vasiliev.ip", password: "school123" }) { __typename } }`,
    variables: () => ({ org: ids.gymnasium2 }),
  },
  'signInWithLegacyLogin.input.organisationId': {
    caller: () => graphQLCaller(env.services, undefined),
    query: `mutation($org: ID!) { signInWithLegacyLogin(input: { organisationId: $org, login: "vasiliev.ip", password: "school123" }) { __typename } }`,
    variables: () => ({ org: ids.gymnasium2 }),
  },
  'createApiClient.input.organisationIds': {
    caller: () => zakharov,
    query: `mutation($orgs: [ID!]) { createApiClient(input: { name: "Чужой", scopes: [REQUESTS_READ], organisationIds: $orgs }) { __typename } }`,
    variables: () => ({ orgs: [nobody] }),
  },
  'revokeApiClient.id': {
    caller: () => zakharov,
    query: `mutation($id: ID!) { revokeApiClient(id: $id) { __typename } }`,
    variables: () => ({ id: nobody }),
  },
  'rotateApiClientSecret.id': {
    caller: () => zakharov,
    query: `mutation($id: ID!) { rotateApiClientSecret(id: $id) { __typename } }`,
    variables: () => ({ id: nobody }),
  },
  'retryUndeliveredEmail.id': {
    caller: () => zakharov,
    query: `mutation($id: ID!) { retryUndeliveredEmail(id: $id) { __typename } }`,
    variables: () => ({ id: ids.waitingEmail }),
  },
  'revokeOidcClient.id': {
    caller: () => zakharov,
    query: `mutation($id: ID!) { revokeOidcClient(id: $id) { __typename } }`,
    variables: () => ({ id: nobody }),
  },
  'rotateOidcClientSecret.id': {
    caller: () => zakharov,
    query: `mutation($id: ID!) { rotateOidcClientSecret(id: $id) { __typename } }`,
    variables: () => ({ id: nobody }),
  },
};

/** Every argument path of Mutation fields whose type is ID (or a list of them), inputs walked. */
function idArgumentPaths(): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, path: string) => {
    const named = getNamedType(type);
    if (named.name === 'ID') paths.push(path);
    if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) walk(field.type, `${path}.${field.name}`);
  };
  for (const field of Object.values(schema.getMutationType()!.getFields()))
    for (const arg of field.args) walk(arg.type, `${field.name}.${arg.name}`);
  return paths.sort();
}

/** The rows a wrongly accepted mutation would have changed. */
async function snapshot(db: Database) {
  return {
    persons: await db.select().from(persons).orderBy(persons.id),
    accounts: await db.select().from(accounts).orderBy(accounts.id),
    links: await db.select().from(esiaLinks).orderBy(esiaLinks.id),
    families: await db.select().from(parentChildLinks).orderBy(parentChildLinks.parentPersonId, parentChildLinks.childPersonId),
    requests: await db.select().from(accessRequests).orderBy(accessRequests.id),
    drift: await db.select().from(dataDriftItems).orderBy(dataDriftItems.id),
    templates: await db.select().from(replyTemplates).orderBy(replyTemplates.id),
    apiClients: await db.select().from(apiClients).orderBy(apiClients.id),
    outbox: await db.select().from(emailOutbox).orderBy(emailOutbox.id),
    oidcClients: await db.select().from(oidcClients).orderBy(oidcClients.id),
  };
}

function refused(response: GraphQLResponse): boolean {
  if (response.errors?.length) return true;
  const result = Object.values(response.data ?? {})[0] as { __typename?: string; data?: Array<{ request: unknown }> } | null;
  if (!result) return true;
  if (result.__typename === 'DomainError' || result.__typename === 'ValidationError') return true;
  return result.__typename === 'MutationRejectAccessRequestsSuccess' && (result.data ?? []).every((item) => item.request === null);
}

describe('a mutation given an ID of another organisation refuses and changes nothing', () => {
  it('has a case for every ID argument of every mutation', () => {
    expect(Object.keys(cases).sort()).toEqual(idArgumentPaths().filter((path) => !path.startsWith('giveConsent')));
  });

  it.each(Object.keys(cases).sort())('%s', async (path) => {
    const { caller, query, variables } = cases[path]!;
    const before = await snapshot(env.db);
    const response = await caller().execute(query, variables());
    expect(refused(response), JSON.stringify(response)).toBe(true);
    expect(await snapshot(env.db)).toEqual(before);
  });
});
