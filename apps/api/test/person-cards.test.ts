import { accounts, auditLog, auditLogOrganisations, esiaLinks, persons, type Person } from '@vhod/db';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaPerson } from './support/esia-people';
import { dataOf, graphQLCaller, signedInCaller, staffCaller, type GraphQLCaller } from './support/staff-graphql';
import { demoSchools } from './support/demo-organisations';
import { meta, seededServices } from './support/test-services';

const CARDS = `
  query Cards($search: String, $first: Int, $after: String) {
    personCards(search: $search, first: $first, after: $after) {
      edges { cursor node { id fullName birthDate accounts { role organisationName className } esiaLink { method } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const CARD = `
  query Card($id: ID!) {
    personCard(id: $id) {
      id fullName lastName firstName middleName birthDate gender snils email phone
      document { type series number }
      accounts { role organisationName className }
      parents { id fullName }
      children { id fullName }
      esiaLink { method linkedAt }
      esiaLinkHistory { method linkedAt unlinkedAt active linkedBy { fullName } unlinkedBy { fullName role isCardOwner } }
    }
  }`;
const UPDATE = `
  mutation Update($id: ID!, $input: PersonCardInput!) {
    updatePersonCard(id: $id, input: $input) {
      __typename
      ... on MutationUpdatePersonCardSuccess { data { id fullName snils phone document { type series number } } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }`;
const UNLINK = `
  mutation Unlink($id: ID!, $comment: String!) {
    unlinkPersonCardEsia(id: $id, comment: $comment) {
      __typename
      ... on MutationUnlinkPersonCardEsiaSuccess { data { id esiaLink { method } } }
      ... on ValidationError { fieldErrors { field code } }
      ... on DomainError { code }
    }
  }`;

/** What the assertions read of each result; the rest they compare whole. */
type CardResult = { personCard: { esiaLink: unknown; esiaLinkHistory: unknown } | null };
type UpdateResult = { updatePersonCard: { __typename: string } };
type UnlinkResult = { unlinkPersonCardEsia: unknown };
type ViewerResult = { viewer: { stage: string } | null };

interface CardNode {
  id: string;
  fullName: string;
  accounts: Array<{ role: string; organisationName: string; className: string | null }>;
}

let env: Awaited<ReturnType<typeof seededServices>>;
let orlova: GraphQLCaller;
let belova: GraphQLCaller;
let zakharov: GraphQLCaller;
let smirnov: GraphQLCaller;
let school1: string;
let gymnasium2: string;

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
  orlova = await staffCaller(env.services, '1000006');
  belova = await staffCaller(env.services, '1000010');
  zakharov = await staffCaller(env.services, '1000011');
  smirnov = await staffCaller(env.services, '1000003');
});
afterAll(async () => {
  await env?.database.close();
});

async function card(lastName: string, firstName: string): Promise<Person> {
  const [row] = await env.db
    .select()
    .from(persons)
    .where(and(eq(persons.lastName, lastName), eq(persons.firstName, firstName)));
  if (!row) throw new Error(`no card ${lastName} ${firstName}`);
  return row;
}

async function accountOf(lastName: string) {
  const [row] = await env.db
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(persons.lastName, lastName));
  return row!.id;
}

async function search(caller: GraphQLCaller, term: string | null, first = 50): Promise<CardNode[]> {
  const data = dataOf<{ personCards: { edges: Array<{ node: CardNode }> } }>(await caller.execute(CARDS, { search: term, first }));
  return data.personCards.edges.map((edge) => edge.node);
}

async function auditCount(action: string, targetId: string) {
  const [row] = await env.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
  return row!.n;
}

/** The form as the console sends it: every editable field of the stored card. */
function formOf(person: Person, changes: Record<string, unknown> = {}) {
  return {
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: person.birthDate,
    gender: person.gender?.toUpperCase() ?? null,
    snils: person.snils,
    document: person.documentType ? { type: person.documentType, series: person.documentSeries, number: person.documentNumber } : null,
    email: person.email,
    phone: person.phone,
    ...changes,
  };
}

describe('finding cards', () => {
  it('finds a Школа № 1 card for its administrator by ФИО words, SNILS and document number', async () => {
    const petrova = await card('Петрова', 'Анна');
    expect((await search(orlova, 'петрова анна')).map((node) => node.id)).toEqual([petrova.id]);
    expect((await search(orlova, 'Анна Петр')).map((node) => node.id)).toEqual([petrova.id]);
    expect((await search(orlova, '112 233 445 95')).map((node) => node.id)).toEqual([petrova.id]);
    expect((await search(orlova, '4510 123456')).map((node) => node.id)).toEqual([petrova.id]);
    expect((await search(orlova, '123456')).map((node) => node.id)).toContain(petrova.id);
    const [found] = await search(orlova, 'петрова анна');
    expect(found).toMatchObject({
      fullName: 'Петрова Анна Сергеевна',
      accounts: [{ role: 'PARENT', organisationName: 'МБОУ «Школа № 1»' }],
    });
  });

  it('folds ё and finds birth certificates by series and number', async () => {
    const solovyova = await card('Соловьева-Ким', 'Алена');
    expect((await search(belova, 'Соловьёва-Ким Алёна')).map((node) => node.id)).toEqual([solovyova.id]);
    const sofya = await card('Петрова', 'Софья');
    expect((await search(orlova, 'V-МЮ 634521')).map((node) => node.id)).toEqual([sofya.id]);
  });

  it('lists exactly the cards with an account in the school, by name, each once across pages', async () => {
    const expected = await env.db
      .selectDistinct({ id: persons.id, nameKey: persons.nameKey })
      .from(persons)
      .innerJoin(accounts, eq(accounts.personId, persons.id))
      .where(eq(accounts.organisationId, school1))
      .orderBy(asc(persons.nameKey), asc(persons.id));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      type Page = { personCards: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const result: Page = dataOf<Page>(await orlova.execute(CARDS, { first: 3, after }));
      seen.push(...result.personCards.edges.map((edge) => edge.node.id));
      if (!result.personCards.pageInfo.hasNextPage) break;
      after = result.personCards.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(seen).toEqual(expected.map((row) => row.id));
  });

  it('shows a card shared by two schools to each with only its own accounts and relatives', async () => {
    const smirnovCard = await card('Смирнов', 'Алексей');
    type View = { personCard: { accounts: CardNode['accounts']; children: Array<{ fullName: string }> } | null };
    const bySchool = dataOf<View>(await orlova.execute(CARD, { id: smirnovCard.id })).personCard;
    expect(bySchool?.accounts).toEqual([{ role: 'TEACHER', organisationName: 'МБОУ «Школа № 1»', className: '8А' }]);
    expect(bySchool?.children).toEqual([]);
    const byGymnasium = dataOf<View>(await belova.execute(CARD, { id: smirnovCard.id })).personCard;
    expect(byGymnasium?.accounts).toEqual([{ role: 'PARENT', organisationName: 'МАОУ «Гимназия № 2»', className: null }]);
    expect(byGymnasium?.children.map((child) => child.fullName)).toEqual(['Смирнова Дарья Алексеевна']);
  });

  it('shows the parent–child relations of a card', async () => {
    const petrova = await card('Петрова', 'Анна');
    const mikhail = await card('Петров', 'Михаил');
    const view = dataOf<{ personCard: { children: Array<{ fullName: string }> } }>(
      await orlova.execute(CARD, { id: petrova.id }),
    ).personCard;
    expect(view.children.map((child) => child.fullName).sort()).toEqual(['Петров Михаил Андреевич', 'Петрова Софья Андреевна']);
    const son = dataOf<{ personCard: { parents: Array<{ id: string }> } }>(await orlova.execute(CARD, { id: mikhail.id })).personCard;
    expect(son.parents.map((parent) => parent.id)).toEqual([petrova.id]);
  });
});

describe('editing a card', () => {
  it('saves an edit by the Школа № 1 administrator, recomputes the match keys and audits only the changed fields', async () => {
    const vasiliev = await card('Васильев', 'Игорь');
    const before = await env.services.signIn.afterEsia(esiaPerson('1000008'), 'parent', 'family', meta);
    expect(before.session.stage).toBe('unmatched');

    const result = await orlova.execute<UpdateResult>(UPDATE, {
      id: vasiliev.id,
      input: formOf(vasiliev, { snils: '369-147-258 14', document: { type: 'RF_PASSPORT', series: '4508', number: ' 246810 ' } }),
    });
    expect(dataOf(result).updatePersonCard).toEqual({
      __typename: 'MutationUpdatePersonCardSuccess',
      data: {
        id: vasiliev.id,
        fullName: 'Васильев Игорь Петрович',
        snils: '369-147-258 14',
        phone: vasiliev.phone,
        document: { type: 'RF_PASSPORT', series: '4508', number: '246810' },
      },
    });

    const saved = await card('Васильев', 'Игорь');
    expect(saved).toMatchObject({ snils: '36914725814', documentKey: 'RF_PASSPORT:4508246810', nameKey: vasiliev.nameKey });
    // Sign-in looks cards up by those keys: the father is now found automatically.
    const after = await env.services.signIn.afterEsia(esiaPerson('1000008'), 'parent', 'family', meta);
    expect(after.session.stage).toBe('consent');

    const entries = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person-card.updated'), eq(auditLog.targetId, vasiliev.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorKind: 'account',
      actorAccountId: await accountOf('Орлова'),
      organisationId: school1,
      targetKind: 'person',
      clientIp: meta.clientIp,
      details: {
        changes: {
          snils: { before: null, after: '36914725814' },
          documentType: { before: null, after: 'RF_PASSPORT' },
          documentSeries: { before: null, after: '4508' },
          documentNumber: { before: null, after: '246810' },
        },
      },
    });
    expect(Object.keys((entries[0]!.details as { changes: object }).changes).sort()).toEqual([
      'documentNumber',
      'documentSeries',
      'documentType',
      'snils',
    ]);
  });

  it('writes nothing when the form is saved unchanged', async () => {
    const kuznetsova = await card('Кузнецова', 'Ольга');
    const result = await orlova.execute<UpdateResult>(UPDATE, { id: kuznetsova.id, input: formOf(kuznetsova) });
    expect(dataOf(result).updatePersonCard.__typename).toBe('MutationUpdatePersonCardSuccess');
    expect(await auditCount('person-card.updated', kuznetsova.id)).toBe(0);
    expect((await card('Кузнецова', 'Ольга')).updatedAt).toEqual(kuznetsova.updatedAt);
  });

  it('refuses an invalid SNILS (and other broken fields) field by field, and changes nothing', async () => {
    const petrova = await card('Петрова', 'Анна');
    const result = await orlova.execute<UpdateResult>(UPDATE, {
      id: petrova.id,
      input: formOf(petrova, { lastName: 'Иванова', snils: '112-233-445 96', phone: '12', birthDate: '2030-01-01' }),
    });
    expect(dataOf(result).updatePersonCard).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { field: 'birthDate', code: 'validation.date-range', message: expect.stringMatching(/\S/) },
        { field: 'snils', code: 'validation.snils', message: expect.stringContaining('СНИЛС') },
        { field: 'phone', code: 'validation.phone', message: expect.stringMatching(/\S/) },
      ],
    });
    expect(await card('Петрова', 'Анна')).toEqual(petrova);
    expect(await auditCount('person-card.updated', petrova.id)).toBe(0);
  });
});

describe('another organisation’s cards are not there for Белова (Гимназия № 2)', () => {
  it('cannot read a Школа № 1 card', async () => {
    const petrova = await card('Петрова', 'Анна');
    expect(dataOf<CardResult>(await belova.execute(CARD, { id: petrova.id })).personCard).toBeNull();
  });

  it('cannot find it by name, SNILS or document number, nor see it in the list', async () => {
    const petrova = await card('Петрова', 'Анна');
    for (const term of ['Петрова Анна', '112-233-445 95', '4510123456', '123456', null]) {
      expect((await search(belova, term, 100)).map((node) => node.id)).not.toContain(petrova.id);
    }
    // Her own school's cards she does find.
    expect((await search(belova, 'Ким Артём')).map((node) => node.fullName)).toEqual(['Ким Артём Олегович']);
  });

  it('cannot edit it, even with a form that would fail validation', async () => {
    const petrova = await card('Петрова', 'Анна');
    for (const input of [formOf(petrova, { phone: '+7 900 111-22-33' }), formOf(petrova, { snils: 'bad' })]) {
      const result = dataOf<UpdateResult>(await belova.execute(UPDATE, { id: petrova.id, input })).updatePersonCard;
      expect(result).toMatchObject({ __typename: 'DomainError', code: 'PERSON_NOT_FOUND' });
    }
    expect(await card('Петрова', 'Анна')).toEqual(petrova);
    expect(await auditCount('person-card.updated', petrova.id)).toBe(0);
  });

  it('cannot unlink its ESIA account', async () => {
    const kuznetsova = await card('Кузнецова', 'Ольга');
    // Her first ESIA sign-in links the card (she then still has to choose between two organisations).
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000002'), 'parent', 'family', meta);
    await env.services.signIn.giveConsent(session, meta);
    const [link] = await env.db
      .select()
      .from(esiaLinks)
      .where(and(eq(esiaLinks.personId, kuznetsova.id), isNull(esiaLinks.unlinkedAt)));
    expect(link).toBeDefined();
    const result = dataOf<UnlinkResult>(await belova.execute(UNLINK, { id: kuznetsova.id, comment: 'по заявлению' })).unlinkPersonCardEsia;
    expect(result).toEqual({ __typename: 'DomainError', code: 'PERSON_NOT_FOUND' });
    const [still] = await env.db.select().from(esiaLinks).where(eq(esiaLinks.id, link!.id));
    expect(still?.unlinkedAt).toBeNull();
    expect(await auditCount('esia.unlinked', kuznetsova.id)).toBe(0);
  });

  it('gets not-found for ids that do not exist or are malformed, the same way', async () => {
    expect(dataOf<CardResult>(await belova.execute(CARD, { id: '00000000-0000-4000-8000-000000000000' })).personCard).toBeNull();
    expect(dataOf<CardResult>(await belova.execute(CARD, { id: 'not-an-id' })).personCard).toBeNull();
  });
});

describe('who may use person cards at all', () => {
  it('gives a teacher (Смирнов) no access to any card query or mutation', async () => {
    const petrova = await card('Петрова', 'Анна');
    for (const [query, variables] of [
      [CARDS, { search: 'Петрова' }],
      [CARD, { id: petrova.id }],
      [UPDATE, { id: petrova.id, input: formOf(petrova, { phone: '+7 900 111-22-33' }) }],
      [UNLINK, { id: petrova.id, comment: 'x' }],
    ] as const) {
      const result = await smirnov.execute(query, variables);
      expect(result.errors?.length, query).toBeGreaterThan(0);
      expect(
        Object.values(result.data ?? {}).every((value) => value === null),
        query,
      ).toBe(true);
    }
    expect(await card('Петрова', 'Анна')).toEqual(petrova);
  });

  it('gives an anonymous caller and a family member nothing either', async () => {
    const anonymous = await env.services.signIn.afterEsia(esiaPerson('1000004'), 'parent', 'family', meta);
    const family = await signedInCaller(env.services, '1000007', { role: 'parent', app: 'family' });
    expect((await family.execute(CARDS, {})).errors?.length).toBeGreaterThan(0);
    expect((await graphQLCaller(env.services, undefined).execute(CARDS, {})).errors?.length).toBeGreaterThan(0);
    expect((await graphQLCaller(env.services, anonymous.token).execute(CARDS, {})).errors?.length).toBeGreaterThan(0);
  });

  it('lets the regional administrator (Захаров) find, read and edit cards of both schools', async () => {
    const petrova = await card('Петрова', 'Анна');
    const kim = await card('Ким', 'Артём');
    expect((await search(zakharov, 'Петрова Анна')).map((node) => node.id)).toEqual([petrova.id]);
    expect((await search(zakharov, 'Ким Артём')).map((node) => node.id)).toEqual([kim.id]);
    const smirnovCard = await card('Смирнов', 'Алексей');
    const view = dataOf<{ personCard: { accounts: Array<{ organisationName: string }>; children: Array<{ fullName: string }> } }>(
      await zakharov.execute(CARD, { id: smirnovCard.id }),
    ).personCard;
    expect(view.accounts.map((account) => account.organisationName).sort()).toEqual(['МАОУ «Гимназия № 2»', 'МБОУ «Школа № 1»']);
    expect(view.children.map((child) => child.fullName)).toEqual(['Смирнова Дарья Алексеевна']);

    const result = dataOf<UpdateResult>(
      await zakharov.execute(UPDATE, { id: kim.id, input: formOf(kim, { phone: '+7 900 222-33-44' }) }),
    ).updatePersonCard;
    expect(result.__typename).toBe('MutationUpdatePersonCardSuccess');
    const [entry] = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person-card.updated'), eq(auditLog.targetId, kim.id)));
    expect(entry).toMatchObject({ details: { changes: { phone: { before: null, after: '+7 900 222-33-44' } } } });
    // Filed under the card's school too, so Гимназия № 2 sees what the region did to its card.
    const filed = await env.db.select().from(auditLogOrganisations).where(eq(auditLogOrganisations.entryId, entry!.id));
    expect(filed.map((row) => row.organisationId)).toContain(gymnasium2);
  });
});

describe('unlinking ESIA on the person’s behalf', () => {
  it('unlinks, requires a comment, ends the ESIA sessions, and shows in the history and the audit log', async () => {
    const petrova = await card('Петрова', 'Анна');
    const family = await signedInCaller(env.services, '1000001', { role: 'parent', app: 'family' });
    expect(dataOf<ViewerResult>(await family.execute('{ viewer { stage } }')).viewer).toEqual({ stage: 'ACTIVE' });
    const linked = dataOf<CardResult>(await orlova.execute(CARD, { id: petrova.id })).personCard;
    expect(linked?.esiaLink).toMatchObject({ method: 'AUTOMATIC' });

    const blank = dataOf<UnlinkResult>(await orlova.execute(UNLINK, { id: petrova.id, comment: '   ' })).unlinkPersonCardEsia;
    expect(blank).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'comment', code: 'validation.required' }] });

    const done = dataOf<UnlinkResult>(
      await orlova.execute(UNLINK, { id: petrova.id, comment: 'Заявление от 20.11.2026: чужая учётная запись' }),
    ).unlinkPersonCardEsia;
    expect(done).toEqual({ __typename: 'MutationUnlinkPersonCardEsiaSuccess', data: { id: petrova.id, esiaLink: null } });
    // The session that came in through the link is over.
    expect(dataOf<ViewerResult>(await family.execute('{ viewer { stage } }')).viewer).toBeNull();

    const view = dataOf<CardResult>(await orlova.execute(CARD, { id: petrova.id })).personCard;
    expect(view?.esiaLink).toBeNull();
    expect(view?.esiaLinkHistory).toEqual([
      {
        method: 'AUTOMATIC',
        linkedAt: expect.any(String),
        unlinkedAt: '2026-11-23T09:00:00.000Z',
        active: false,
        linkedBy: null,
        unlinkedBy: { fullName: 'Орлова Елена Павловна', role: 'ADMINISTRATOR', isCardOwner: false },
      },
    ]);

    const entries = await env.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'esia.unlinked'), eq(auditLog.targetId, petrova.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorKind: 'account',
      actorAccountId: await accountOf('Орлова'),
      esiaSubject: '1000001',
      organisationId: school1,
      details: { method: 'automatic', onBehalf: true, comment: 'Заявление от 20.11.2026: чужая учётная запись' },
    });

    const audit = dataOf<{ auditLog: { edges: Array<{ node: { action: string; targetName: string | null; actorName: string | null } }> } }>(
      await orlova.execute(`{ auditLog(filter: { action: "esia.unlinked" }) { edges { node { action targetName actorName } } } }`),
    );
    expect(audit.auditLog.edges.map((edge) => edge.node)).toEqual([
      { action: 'esia.unlinked', targetName: 'Петрова Анна Сергеевна', actorName: 'Орлова Елена Павловна' },
    ]);

    const again = dataOf<UnlinkResult>(await orlova.execute(UNLINK, { id: petrova.id, comment: 'ещё раз' })).unlinkPersonCardEsia;
    expect(again).toEqual({ __typename: 'DomainError', code: 'NOT_LINKED' });
  });
});
