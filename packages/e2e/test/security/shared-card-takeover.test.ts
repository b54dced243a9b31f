import { seededTestDatabase } from '@vhod/db/testing';
import type { DatabaseHandle } from '@vhod/db';
import { startStack, type RunningStack } from '@vhod/dev-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStackNow } from '../../src/system-under-test';
import { signInOverHttp, type HttpSession } from '../../src/http-sign-in';

/**
 * The takeover the outside probe found: Смирнов's card has a parent account at Гимназия № 2
 * and a teacher account at Школа № 1. Белова (Гимназия № 2) must not be able to unlink its
 * ESIA or rewrite its identity to Васильев's, and Васильев's ESIA must never become the
 * Школа № 1 teacher of 8А.
 */
let database: DatabaseHandle;
let stack: RunningStack;
let belova: HttpSession;
let smirnov: HttpSession;
let smirnovCardId: string;

const cardQuery = `query($search: String!) { personCards(search: $search) { edges { node { id lastName accounts { organisationName role } esiaLink { linkedAt } } } } }`;
const unlinkMutation = `mutation($id: ID!) { unlinkPersonCardEsia(id: $id, comment: "Ошибочная привязка") {
  __typename ... on DomainError { code message } } }`;
const updateMutation = `mutation($id: ID!, $input: PersonCardInput!) { updatePersonCard(id: $id, input: $input) {
  __typename ... on DomainError { code message } } }`;
type CardsResult = { personCards: { edges: Array<{ node: { id: string; lastName: string; accounts: unknown } }> } };
type RefusalOf<Field extends string> = Record<Field, { code: string; message: string }>;
type ViewerResult = { viewer: unknown };
const smirnovIdentity = {
  lastName: 'Смирнов',
  firstName: 'Алексей',
  middleName: 'Николаевич',
  birthDate: '1979-07-21',
  gender: 'MALE',
  snils: '678-901-234 38',
  document: { type: 'RF_PASSPORT', series: '4509', number: '777888' },
  email: 'a.smirnov@example.ru',
};
const vasilievIdentity = {
  lastName: 'Васильев',
  firstName: 'Игорь',
  middleName: 'Петрович',
  birthDate: '1983-08-08',
  gender: 'MALE',
  snils: '369-147-258 14',
  document: { type: 'RF_PASSPORT', series: '4508', number: '246810' },
};

beforeAll(async () => {
  database = await seededTestDatabase();
  stack = await startStack({ database, now: testStackNow() });
  smirnov = await signInOverHttp(stack.apiUrl, '1000003', { role: 'staff', app: 'staff' });
  belova = await signInOverHttp(stack.apiUrl, '1000010', { role: 'staff', app: 'staff' });
  const { data } = await belova.graphql<CardsResult>(cardQuery, { search: 'Смирнов Алексей' });
  smirnovCardId = data!.personCards.edges.find((edge) => edge.node.lastName === 'Смирнов')!.node.id;
});
afterAll(async () => {
  await stack?.close();
  await database?.close();
});

describe('a staff member of one school cannot take over a staff account of another school through a shared card', () => {
  it('Белова sees the card through its Гимназия № 2 parent account only', async () => {
    const { data } = await belova.graphql<CardsResult>(cardQuery, { search: 'Смирнов Алексей' });
    const card = data?.personCards.edges.find((edge) => edge.node.id === smirnovCardId)?.node;
    expect(card?.accounts).toEqual([{ organisationName: 'МАОУ «Гимназия № 2»', role: 'PARENT' }]);
  });

  it('refuses to unlink the ESIA account, naming the other school', async () => {
    const { data } = await belova.graphql<RefusalOf<'unlinkPersonCardEsia'>>(unlinkMutation, { id: smirnovCardId });
    expect(data?.unlinkPersonCardEsia.code).toBe('CARD_SHARED_WITH_OTHER_ORGANISATIONS');
    expect(data?.unlinkPersonCardEsia.message).toContain('МБОУ «Школа № 1»');
  });

  it('refuses to rewrite the identity to another person, naming the other school', async () => {
    const { data } = await belova.graphql<RefusalOf<'updatePersonCard'>>(updateMutation, { id: smirnovCardId, input: vasilievIdentity });
    expect(data?.updatePersonCard.code).toBe('CARD_SHARED_WITH_OTHER_ORGANISATIONS');
    expect(data?.updatePersonCard.message).toContain('МБОУ «Школа № 1»');
  });

  it('leaves Смирнов signed in at Школа № 1 and his card as it was', async () => {
    const { data } = await smirnov.graphql<ViewerResult>(`{ viewer { stage account { role organisation { name } } person { lastName } } }`);
    expect(data?.viewer).toMatchObject({
      stage: 'ACTIVE',
      account: { role: 'TEACHER', organisation: { name: 'МБОУ «Школа № 1»' } },
      person: { lastName: 'Смирнов' },
    });
  });

  it('lets Белова change the contact fields, and Школа № 1 sees that in its audit log', async () => {
    const { data } = await belova.graphql<{ updatePersonCard: { data: { phone: string } } }>(
      `mutation($id: ID!, $input: PersonCardInput!) { updatePersonCard(id: $id, input: $input) { __typename ... on MutationUpdatePersonCardSuccess { data { phone } } } }`,
      { id: smirnovCardId, input: { ...smirnovIdentity, phone: '+7 900 000-00-33' } },
    );
    expect(data?.updatePersonCard.data.phone).toBe('+7 900 000-00-33');
    const orlova = await signInOverHttp(stack.apiUrl, '1000006', { role: 'staff', app: 'staff' });
    const log = await orlova.graphql<{ auditLog: { edges: Array<{ node: unknown }> } }>(
      `{ auditLog(first: 20) { edges { node { action targetId organisationName actorName } } } }`,
    );
    expect(log.data?.auditLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'person-card.updated',
      targetId: smirnovCardId,
      organisationName: 'МАОУ «Гимназия № 2»',
      actorName: 'Белова Ирина Викторовна',
    });
  });

  it('does not let Васильев sign in as the Школа № 1 teacher', async () => {
    const vasiliev = await signInOverHttp(stack.apiUrl, '1000008', { role: 'staff', app: 'staff' });
    const { data } = await vasiliev.graphql<ViewerResult>(`{ viewer { stage account { role } } }`);
    expect(data?.viewer).toEqual({ stage: 'UNMATCHED', account: null });
    const requests = await vasiliev.graphql(`{ staffAccessRequests { edges { node { id } } } }`);
    expect(requests.errors?.length).toBeGreaterThan(0);
  });
});
