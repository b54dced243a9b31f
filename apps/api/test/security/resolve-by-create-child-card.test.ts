import { parentChildLinks, persons } from '@vhod/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSchools } from '../support/demo-organisations';
import { dataOf, staffCaller, type GraphQLCaller } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';
import { unmatchedSession } from '../support/unmatched-session';

/**
 * «Создать карточку» for a parent with the child's existing card: the card must be a student of
 * the request's school and the request's very child. Смирнов asks Гимназия № 2 with another
 * passport (so he is not found); his daughter Дарья studies there, Артём Ким too.
 */
let env: Awaited<ReturnType<typeof seededServices>>;
let belova: GraphQLCaller;
let requestId: string;

const resolve = `mutation($id: ID!, $child: ID) { resolveAccessRequestByCreate(id: $id, childPersonId: $child, comment: "Карточка создана") {
  __typename ... on DomainError { code message linkMismatches } } }`;
type ResolveResult = { resolveAccessRequestByCreate: { __typename: string } };

async function cardId(lastName: string, firstName: string) {
  const [row] = await env.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.lastName, lastName), eq(persons.firstName, firstName)));
  return row!.id;
}

beforeAll(async () => {
  env = await seededServices();
  const { gymnasium2 } = await demoSchools(env.db);
  belova = await staffCaller(env.services, '1000010');
  const session = await unmatchedSession(env.services, '1000003', 'parent', {
    subject: 'smirnov-second-account',
    documents: [{ type: 'RF_PASSPORT', series: '4599', number: '000111' }],
    snils: null,
  });
  const darya = session.esiaProfile!.children[0]!;
  const submitted = await env.services.accessRequests.submit(
    session,
    { organisationId: gymnasium2, childId: darya.id, email: 'a.smirnov@example.ru' },
    meta,
  );
  requestId = submitted.request.id;
});
afterAll(async () => {
  await env?.database.close();
});

describe('resolving a parent’s request with the child’s existing card', () => {
  it('refuses a student of the school who is not the request’s child, saying what differs', async () => {
    const data = dataOf<ResolveResult>(await belova.execute(resolve, { id: requestId, child: await cardId('Ким', 'Артём') }));
    expect(data.resolveAccessRequestByCreate).toMatchObject({
      code: 'CHILD_CARD_MISMATCH',
      linkMismatches: expect.arrayContaining(['SNILS_DIFFERS', 'GENDER_DIFFERS']),
    });
  });

  it('ties the new parent card to the request’s child', async () => {
    const darya = await cardId('Смирнова', 'Дарья');
    const data = dataOf<ResolveResult>(await belova.execute(resolve, { id: requestId, child: darya }));
    expect(data.resolveAccessRequestByCreate.__typename).toBe('MutationResolveAccessRequestByCreateSuccess');
    const parents = await env.db.select().from(parentChildLinks).where(eq(parentChildLinks.childPersonId, darya));
    expect(parents).toHaveLength(2);
  });
});
