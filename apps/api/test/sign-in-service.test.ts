import { accounts, auditLog, consents, esiaLinks, organisations, persons } from '@vhod/db';
import { DomainError } from '@vhod/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaPerson } from './support/esia-people';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
beforeAll(async () => {
  env = await seededServices();
});
afterAll(async () => {
  await env?.database.close();
});

async function organisationNameOf(accountId: string | null) {
  const [row] = await env.db
    .select({ name: organisations.name })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, accountId!));
  return row?.name;
}

async function actionsFor(subject: string) {
  const rows = await env.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.esiaSubject, subject))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

async function activeLinkOf(subject: string) {
  const [link] = await env.db
    .select()
    .from(esiaLinks)
    .where(and(eq(esiaLinks.esiaSubject, subject), isNull(esiaLinks.unlinkedAt)));
  return link;
}

describe('sign-in after ESIA', () => {
  it('asks a found parent for consent first, links nothing before it, then signs in and links automatically', async () => {
    const { signIn } = env.services;
    const { session } = await signIn.afterEsia(esiaPerson('1000001'), 'parent', 'family', meta);
    expect(session.stage).toBe('consent');
    expect(await activeLinkOf('1000001')).toBeUndefined();

    const active = await signIn.giveConsent(session, meta);
    expect(active.stage).toBe('active');
    expect(await organisationNameOf(active.accountId)).toBe('МБОУ «Школа № 1»');
    expect(active.esiaProfile).toBeNull();

    const link = await activeLinkOf('1000001');
    expect(link?.method).toBe('automatic');
    expect(link?.personId).toBe(active.personId);
    const [consent] = await env.db.select().from(consents).where(eq(consents.esiaSubject, '1000001'));
    expect(consent?.scopes).toContain('snils');
    expect(consent?.clientIp).toBe('127.0.0.1');
    expect(await actionsFor('1000001')).toEqual(['consent.given', 'esia.linked', 'sign-in.succeeded']);
  });

  it('lets a linked subject straight in on later visits, even after the card was renamed', async () => {
    const link = await activeLinkOf('1000001');
    await env.db.update(persons).set({ lastName: 'Сидорова', nameKey: 'сидорова|анна|сергеевна' }).where(eq(persons.id, link!.personId));
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000001'), 'parent', 'family', meta);
    expect(session.stage).toBe('active');
  });

  it('matches despite ё/е, a hyphenated surname and spaces in the passport number', async () => {
    const { session } = await env.services.signIn.afterEsia(esiaPerson('1000007'), 'parent', 'family', meta);
    expect(session.stage).toBe('consent');
    const active = await env.services.signIn.giveConsent(session, meta);
    expect(await organisationNameOf(active.accountId)).toBe('МАОУ «Гимназия № 2»');
  });

  it('asks a parent of two organisations to choose, and refuses an account that was not offered', async () => {
    const { signIn } = env.services;
    const { session } = await signIn.afterEsia(esiaPerson('1000002'), 'parent', 'family', meta);
    const choosing = await signIn.giveConsent(session, meta);
    expect(choosing.stage).toBe('choose-account');
    expect(choosing.candidateAccountIds).toHaveLength(2);

    const [foreign] = await env.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.role, 'administrator'));
    await expect(signIn.chooseAccount(choosing, foreign!.id, meta)).rejects.toThrow(DomainError);

    const chosen = choosing.candidateAccountIds[1]!;
    const active = await signIn.chooseAccount(choosing, chosen, meta);
    expect(active.accountId).toBe(chosen);

    // The account chosen last time is offered first next time.
    const again = await signIn.afterEsia(esiaPerson('1000002'), 'parent', 'family', meta);
    expect(again.session.stage).toBe('choose-account');
    expect(again.session.candidateAccountIds[0]).toBe(chosen);
  });

  it('only offers accounts of the chosen role', async () => {
    const { signIn } = env.services;
    const asStaff = await signIn.afterEsia(esiaPerson('1000003'), 'staff', 'staff', meta);
    const staffActive = await signIn.giveConsent(asStaff.session, meta);
    expect(await organisationNameOf(staffActive.accountId)).toBe('МБОУ «Школа № 1»');
    const asParent = await signIn.afterEsia(esiaPerson('1000003'), 'parent', 'family', meta);
    expect(asParent.session.stage).toBe('active');
    expect(await organisationNameOf(asParent.session.accountId)).toBe('МАОУ «Гимназия № 2»');
  });

  it.each([
    ['an unknown citizen', '1000004', 'no-matching-card'],
    ['an unconfirmed account whose card exists', '1000005', 'unconfirmed-account'],
    ['a card without document and SNILS', '1000008', 'no-matching-card'],
  ])('leaves %s unmatched, links nothing and records why', async (_name, subject, reason) => {
    const { session } = await env.services.signIn.afterEsia(esiaPerson(subject), 'parent', 'family', meta);
    expect(session.stage).toBe('unmatched');
    expect(session.matchReason).toBe(reason);
    expect(await activeLinkOf(subject)).toBeUndefined();
    expect(await actionsFor(subject)).toContain('sign-in.not-found');
  });

  it('a double submit of consent is refused whole: one consent, one link, one sign-in', async () => {
    const { signIn } = env.services;
    const { session } = await signIn.afterEsia(esiaPerson('1000009'), 'student', 'family', meta);
    await signIn.giveConsent(session, meta);
    await expect(signIn.giveConsent(session, meta)).rejects.toMatchObject({ code: 'wrong-stage' });
    expect(await env.db.select().from(consents).where(eq(consents.esiaSubject, '1000009'))).toHaveLength(1);
    expect(await actionsFor('1000009')).toEqual(['consent.given', 'esia.linked', 'sign-in.succeeded']);
  });

  it('declining consent ends the sign-in without a link', async () => {
    const { signIn, sessions } = env.services;
    const { session, token } = await signIn.afterEsia(esiaPerson('1000006'), 'staff', 'staff', meta);
    await signIn.declineConsent(session, token, meta);
    expect(await sessions.load(token)).toBeNull();
    expect(await activeLinkOf('1000006')).toBeUndefined();
    expect(await actionsFor('1000006')).toEqual(['consent.declined']);
  });

  it('does not link a card that another ESIA account already holds', async () => {
    const { signIn } = env.services;
    const impostor = esiaPerson('1000007', { subject: '9999999' });
    const { session } = await signIn.afterEsia(impostor, 'parent', 'family', meta);
    const result = await signIn.giveConsent(session, meta);
    expect(result.stage).toBe('unmatched');
    expect(result.matchReason).toBe('card-already-linked');
    expect(await actionsFor('9999999')).toContain('sign-in.link-conflict');
  });
});
