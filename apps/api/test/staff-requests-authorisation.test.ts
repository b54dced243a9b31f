import { organisations } from '@vhod/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphQLCaller, signedInCaller, staffCaller, type GraphQLCaller, type GraphQLResponse } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

/**
 * Every staff operation on access requests, through the real GraphQL endpoint, as each kind of
 * outsider: staff of another school, a teacher, a family member, nobody. One test per thing an
 * outsider must not reach.
 */
let env: Awaited<ReturnType<typeof seededServices>>;
let requestId: string;
let school1Card: string;
let callers: Record<'otherSchool' | 'teacher' | 'family' | 'anonymous' | 'owner', GraphQLCaller>;

beforeAll(async () => {
  env = await seededServices();
  const rows = await env.db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const school1 = rows.find((row) => row.name === 'МБОУ «Школа № 1»')!.id;
  const session = await unmatchedSession(env.services, '1000004', 'parent');
  const { request } = await env.services.accessRequests.submit(
    session,
    { organisationId: school1, childId: session.esiaProfile!.children[0]!.id, email: 'p.nikolaev@example.ru' },
    meta,
  );
  requestId = request.id;
  callers = {
    owner: await staffCaller(env.services, '1000006'),
    otherSchool: await staffCaller(env.services, '1000010'),
    teacher: await staffCaller(env.services, '1000003'),
    family: await signedInCaller(env.services, '1000001', { role: 'parent', app: 'family' }),
    anonymous: graphQLCaller(env.services, undefined),
  };
  const candidates = await callers.owner.execute<{ staffAccessRequest: { candidates: Array<{ personId: string }> } | null }>(
    `query($id: ID!) { staffAccessRequest(id: $id) { candidates { personId } } }`,
    {
      id: requestId,
    },
  );
  school1Card = candidates.data?.staffAccessRequest?.candidates[0]?.personId ?? '00000000-0000-0000-0000-000000000000';
});
afterAll(async () => {
  await env?.database.close();
});

const operations: Array<[string, string, () => Record<string, unknown>]> = [
  ['read the queue', `query { staffAccessRequests { edges { node { id } } } }`, () => ({})],
  ['read the request', `query($id: ID!) { staffAccessRequest(id: $id) { id applicant { snils } } }`, () => ({ id: requestId })],
  ['take it', `mutation($id: ID!) { takeAccessRequest(id: $id) { __typename } }`, () => ({ id: requestId })],
  ['add a note', `mutation($id: ID!) { addAccessRequestNote(id: $id, text: "x") { __typename } }`, () => ({ id: requestId })],
  [
    'resolve it by linking',
    `mutation($id: ID!, $p: ID!) { resolveAccessRequestByLink(id: $id, personId: $p, comment: "x", overrideReason: "x") { __typename } }`,
    () => ({ id: requestId, p: school1Card }),
  ],
  [
    'resolve it by creating',
    `mutation($id: ID!) { resolveAccessRequestByCreate(id: $id, comment: "x") { __typename } }`,
    () => ({ id: requestId }),
  ],
  ['reject it', `mutation($id: ID!) { rejectAccessRequest(id: $id, comment: "x") { __typename } }`, () => ({ id: requestId })],
  ['reject it in bulk', `mutation($id: ID!) { rejectAccessRequests(ids: [$id], comment: "x") { __typename } }`, () => ({ id: requestId })],
];

/** The one field each operation asks for, in whichever of its shapes: a connection, a union result, or a request. */
type OperationData = Record<string, { edges?: unknown[]; __typename?: string; data?: unknown } | null>;

/** Nothing of the request came back: an authorisation error, null, an empty list, or a not-found result. */
function reachedNothing(response: GraphQLResponse<OperationData>): boolean {
  if (response.errors?.length) return true;
  const value = Object.values(response.data ?? {})[0];
  if (value === null || value === undefined) return true;
  if (value.edges) return value.edges.length === 0;
  if (value.__typename === 'DomainError') return true;
  if (value.__typename?.endsWith('Success')) {
    const results = value.data;
    return Array.isArray(results) && results.every((result: { request: unknown }) => !result.request);
  }
  return false;
}

describe.each(['otherSchool', 'teacher', 'family', 'anonymous'] as const)('as %s', (who) => {
  it.each(operations)('cannot %s', async (_name, query, variables) => {
    const response = await callers[who].execute<OperationData>(
      query.replace('{ __typename }', '{ __typename ... on MutationRejectAccessRequestsSuccess { data { request { id } } } }'),
      variables(),
    );
    expect(reachedNothing(response)).toBe(true);
  });
});

describe("the school's own administrator", () => {
  it.each(operations.slice(0, 2))('can %s (so the checks above are not vacuous)', async (_name, query, variables) => {
    expect(reachedNothing(await callers.owner.execute(query, variables()))).toBe(false);
  });
});

describe('and the request is untouched afterwards', () => {
  it('is still new, unassigned, with only its creation in the history', async () => {
    const response = await callers.owner.execute<{ staffAccessRequest: unknown }>(
      `query($id: ID!) { staffAccessRequest(id: $id) { status assignedToName history { kind } } }`,
      { id: requestId },
    );
    expect(response.data?.staffAccessRequest).toEqual({ status: 'NEW', assignedToName: null, history: [{ kind: 'created' }] });
  });
});
