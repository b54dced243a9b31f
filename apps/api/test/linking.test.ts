import { auditLog, esiaLinks } from '@vhod/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaPerson } from './support/esia-people';
import { demoSchools } from './support/demo-organisations';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

let env: Awaited<ReturnType<typeof seededServices>>;
let school1: string;
let gymnasium2: string;

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
});
afterAll(async () => {
  await env?.database.close();
});

const credentials = (login: string, organisationId = school1, password = 'school123') => ({ organisationId, login, password });

async function activeLinks(subject: string) {
  return env.db
    .select()
    .from(esiaLinks)
    .where(and(eq(esiaLinks.esiaSubject, subject), isNull(esiaLinks.unlinkedAt)));
}
async function auditActions(action: string) {
  return env.db.select().from(auditLog).where(eq(auditLog.action, action));
}

describe('linking from the not-found page with the legacy login', () => {
  it('links a citizen whose card could not be matched, then asks for consent and signs them in', async () => {
    const { links, signIn } = env.services;
    const session = await unmatchedSession(env.services, '1000008', 'parent');
    const next = await links.linkWithLegacyLogin(session, credentials('Vasiliev.IP '), meta);
    expect(next.stage).toBe('consent');
    const [link] = await activeLinks('1000008');
    expect(link?.method).toBe('legacy_password');
    const linked = await auditActions('esia.linked');
    expect(linked.find((entry) => entry.esiaSubject === '1000008')?.details).toEqual({ method: 'legacy_password' });
    const active = await signIn.giveConsent(next, meta);
    expect(active.stage).toBe('active');
    expect(active.personId).toBe(link?.personId);

    // Next visit: straight in through ESIA.
    const again = await signIn.afterEsia(esiaPerson('1000008'), 'parent', 'family', meta);
    expect(again.session.stage).toBe('active');
  });

  it('answers a wrong password and an unknown login with the same error, and records both', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const before = (await auditActions('legacy.failed')).length;
    await expect(
      env.services.links.linkWithLegacyLogin(session, credentials('kuznetsova.ov', school1, 'wrong'), meta),
    ).rejects.toMatchObject({
      code: 'legacy-credentials-invalid',
    });
    await expect(env.services.links.linkWithLegacyLogin(session, credentials('nobody.here'), meta)).rejects.toMatchObject({
      code: 'legacy-credentials-invalid',
    });
    await expect(env.services.links.linkWithLegacyLogin(session, credentials('kuznetsova.ov', gymnasium2), meta)).rejects.toMatchObject({
      code: 'legacy-credentials-invalid',
    });
    expect((await auditActions('legacy.failed')).length).toBe(before + 3);
  });

  it.each([
    ["a parent's ESIA on the child's card", '1000001', 'student', 'petrova.sa', 'card-is-esia-child'],
    ["a child's ESIA on a parent's card", '1000009', 'parent', 'petrova.as', 'minor-esia-on-adult-card'],
    ["one parent's ESIA on another parent's card", '1000004', 'parent', 'kuznetsova.ov', 'first-name-differs'],
  ] as const)('refuses %s, says what does not match, and audits it', async (_case, subject, role, login, mismatch) => {
    const session = await unmatchedSession(env.services, subject, role);
    const attempt = env.services.links.linkWithLegacyLogin(session, credentials(login), meta);
    await expect(attempt).rejects.toMatchObject({ code: 'link-identity-mismatch' });
    await expect(attempt).rejects.toMatchObject({ details: { mismatches: expect.arrayContaining([mismatch]) } });
    expect(await activeLinks(subject)).toHaveLength(0);
    const refusals = await auditActions('esia.link-refused');
    expect(refusals.some((entry) => entry.esiaSubject === subject && entry.details.code === 'link-identity-mismatch')).toBe(true);
  });

  it('refuses a login of another role than the one chosen at sign-in', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'student');
    await expect(env.services.links.linkWithLegacyLogin(session, credentials('kuznetsova.ov'), meta)).rejects.toMatchObject({
      code: 'link-role-mismatch',
    });
  });

  it('lets exactly one of two concurrent attempts link the same card', async () => {
    const first = await unmatchedSession(env.services, '1000008', 'parent', { subject: '7000001', documents: [] });
    const second = await unmatchedSession(env.services, '1000008', 'parent', { subject: '7000002', documents: [] });
    // The card was linked to 1000008 above; free it so the two newcomers race for it.
    await env.db.update(esiaLinks).set({ unlinkedAt: env.clock.now() }).where(eq(esiaLinks.esiaSubject, '1000008'));
    const results = await Promise.allSettled([
      env.services.links.linkWithLegacyLogin(first, credentials('vasiliev.ip'), meta),
      env.services.links.linkWithLegacyLogin(second, credentials('vasiliev.ip'), meta),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
      'card-already-linked',
    ]);
  });

  it('is closed after the cutoff date, and says so', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    env.clock.set('2027-03-18T09:00:00Z');
    try {
      await expect(env.services.links.linkWithLegacyLogin(session, credentials('kuznetsova.ov'), meta)).rejects.toMatchObject({
        code: 'self-link-closed',
      });
    } finally {
      env.clock.set('2026-11-23T09:00:00Z');
    }
  });
});

describe('brute-force limits', () => {
  it('locks a login after five failures, even for the right password, and opens it when the window passes', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const wrong = credentials('petrov.ma', school1, 'guess');
    for (let i = 0; i < 5; i += 1) {
      await expect(env.services.links.linkWithLegacyLogin(session, wrong, meta)).rejects.toMatchObject({
        code: 'legacy-credentials-invalid',
      });
    }
    const locked = env.services.links.linkWithLegacyLogin(session, credentials('petrov.ma'), meta);
    await expect(locked).rejects.toMatchObject({ code: 'legacy-sign-in-locked', details: { retryInMinutes: 15 } });
    expect((await auditActions('legacy.locked')).length).toBeGreaterThan(0);

    env.clock.advance(15 * 60_000 + 1);
    // Unlocked: the right password is accepted again (petrov.ma is a student's login, so the link
    // is then refused for the role, no longer for the lock).
    await expect(env.services.links.linkWithLegacyLogin(session, credentials('petrov.ma'), meta)).rejects.toMatchObject({
      code: 'link-role-mismatch',
    });
  });

  it('locks a client address that tries many logins', async () => {
    const session = await unmatchedSession(env.services, '1000004', 'parent');
    const address = { ...meta, clientIp: '10.9.8.7' };
    for (let i = 0; i < 20; i += 1) {
      await expect(env.services.links.linkWithLegacyLogin(session, credentials(`guess${i}`), address)).rejects.toMatchObject({
        code: 'legacy-credentials-invalid',
      });
    }
    await expect(env.services.links.linkWithLegacyLogin(session, credentials('another'), address)).rejects.toMatchObject({
      code: 'legacy-sign-in-locked',
    });
  });
});

describe('legacy sign-in, settings link and unlink', () => {
  it('signs a parent in with the legacy login before the cutoff, links ESIA from settings, and unlinks it', async () => {
    const { legacySignIn, links } = env.services;
    const { session } = await legacySignIn.signIn(credentials('solovyova.ai', gymnasium2), undefined, meta);
    expect(session).toMatchObject({ stage: 'active', signInMethod: 'legacy', esiaSubject: null });
    expect(await links.canSignInWithoutEsia(session)).toBe(true);

    await expect(links.linkFromSettings(session, esiaPerson('1000004'), meta)).rejects.toMatchObject({ code: 'link-identity-mismatch' });
    await links.linkFromSettings(session, esiaPerson('1000007'), meta);
    const [link] = await activeLinks('1000007');
    expect(link?.method).toBe('settings');
    const linked = await auditActions('esia.linked');
    expect(linked.find((entry) => entry.esiaSubject === '1000007')?.details).toEqual({ method: 'settings' });
    const signIns = await auditActions('sign-in.succeeded');
    expect(signIns.some((entry) => entry.actorPersonId === session.personId && entry.details.method === 'legacy')).toBe(true);

    await links.unlink(session, meta);
    expect(await activeLinks('1000007')).toHaveLength(0);
    expect((await auditActions('esia.unlinked')).some((entry) => entry.esiaSubject === '1000007')).toBe(true);
    await expect(links.unlink(session, meta)).rejects.toMatchObject({ code: 'not-linked' });
  });

  it('refuses legacy sign-in after the cutoff like a wrong password, except for under-14 students where the deployment allows it', async () => {
    const closed = await seededServices({ env: { VHOD_SELF_LINK_CUTOFF: '2025-03-17' } });
    const openForChildren = await seededServices({ env: { VHOD_SELF_LINK_CUTOFF: '2025-03-17', VHOD_LEGACY_SIGN_IN_UNDER_14: 'true' } });
    try {
      const parent = credentials('petrova.as');
      const schoolOfClosed = { id: (await demoSchools(closed.db)).school1 };
      const schoolOfOpen = { id: (await demoSchools(openForChildren.db)).school1 };
      await expect(
        closed.services.legacySignIn.signIn({ ...parent, organisationId: schoolOfClosed!.id }, undefined, meta),
      ).rejects.toMatchObject({
        code: 'legacy-credentials-invalid',
      });
      await expect(
        closed.services.legacySignIn.signIn({ ...credentials('petrova.sa'), organisationId: schoolOfClosed!.id }, undefined, meta),
      ).rejects.toMatchObject({ code: 'legacy-credentials-invalid' });
      const child = await openForChildren.services.legacySignIn.signIn(
        { ...credentials('petrova.sa'), organisationId: schoolOfOpen!.id },
        undefined,
        meta,
      );
      expect(child.session.signInRole).toBe('student');
      await expect(
        openForChildren.services.legacySignIn.signIn({ ...parent, organisationId: schoolOfOpen!.id }, undefined, meta),
      ).rejects.toMatchObject({ code: 'legacy-credentials-invalid' });
      const refusals = await openForChildren.db.select().from(auditLog).where(eq(auditLog.action, 'legacy.refused'));
      expect(refusals).toHaveLength(1);

      // A parent signed in through ESIA after the cutoff has no other way in: settings warn before unlinking.
      const { session: parentSession } = await closed.services.signIn.afterEsia(esiaPerson('1000001'), 'parent', 'family', meta);
      const active = await closed.services.signIn.giveConsent(parentSession, meta);
      expect(await closed.services.links.canSignInWithoutEsia(active)).toBe(false);
      // The under-14 student keeps the school-issued login where the deployment allows it.
      expect(await openForChildren.services.links.canSignInWithoutEsia(child.session)).toBe(true);
    } finally {
      await closed.database.close();
      await openForChildren.database.close();
    }
  });
});
