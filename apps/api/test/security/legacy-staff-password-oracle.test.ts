import { accounts } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoSchools } from '../support/demo-organisations';
import { esiaPerson } from '../support/esia-people';
import { checkedHashes } from '../support/password-checks';
import { dataOf, executeGraphQL } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';

// Every password check the API makes is recorded: a login that may not be used must not be checked.
vi.mock('@vhod/db', async () => (await import('../support/password-checks')).dbRecordingPasswordChecks());

type Env = Awaited<ReturnType<typeof seededServices>>;
let open: Env;
let closed: Env;

beforeAll(async () => {
  open = await seededServices();
  // After the cutoff, with the exception for students under 14: a parent's login may no longer be used.
  closed = await seededServices({ env: { VHOD_SELF_LINK_CUTOFF: '2025-03-17', VHOD_LEGACY_SIGN_IN_UNDER_14: 'true' } });
});
afterAll(async () => {
  await open?.database.close();
  await closed?.database.close();
});
beforeEach(() => {
  checkedHashes.length = 0;
});

const answer = /* GraphQL */ `{ __typename ... on DomainError { code message linkMismatches } }`;
const signInMutation = `mutation ($input: LegacyCredentialsInput!) { result: signInWithLegacyLogin(input: $input) ${answer} }`;
const linkMutation = `mutation ($input: LegacyCredentialsInput!) { result: linkWithLegacyLogin(input: $input) ${answer} }`;

async function attempt(env: Env, mutation: string, token: string | undefined, input: Record<string, string>) {
  const response = await executeGraphQL<{ result: { __typename: string; code?: string } }>(env.services, token, mutation, { input });
  expect(response.errors).toBeUndefined();
  return dataOf(response).result;
}

async function hashOf(env: Env, login: string) {
  const [row] = await env.db.select({ hash: accounts.legacyPasswordHash }).from(accounts).where(eq(accounts.legacyLogin, login));
  return row!.hash!;
}

/** The right password and a wrong one for a login the policy does not let in: the same answer, no password check. */
async function expectNoOracle(env: Env, mutation: string, token: string | undefined, organisationId: string, login: string) {
  const right = await attempt(env, mutation, token, { organisationId, login, password: 'school123' });
  const wrong = await attempt(env, mutation, token, { organisationId, login, password: 'wrong-password' });
  expect(right).toEqual(wrong);
  expect(right.code).toBe('LEGACY_CREDENTIALS_INVALID');
  expect(checkedHashes).not.toContain(await hashOf(env, login));
  // The same hashing work as for a wrong password, so the timing does not tell either.
  expect(checkedHashes).toHaveLength(2);
}

describe('a legacy login the policy does not let in answers like a wrong password', () => {
  it('signInWithLegacyLogin with a staff login', async () => {
    const { school1 } = await demoSchools(open.db);
    await expectNoOracle(open, signInMutation, undefined, school1, 'orlova.ep');
  });

  it('signInWithLegacyLogin with a parent login after the cutoff', async () => {
    const { school1 } = await demoSchools(closed.db);
    await expectNoOracle(closed, signInMutation, undefined, school1, 'petrova.as');
  });

  it('linkWithLegacyLogin from a parent sign-in with a staff login', async () => {
    const { school1 } = await demoSchools(open.db);
    const { token, session } = await open.services.signIn.afterEsia(
      esiaPerson('1000008', { subject: '7200001', documents: [] }),
      'parent',
      'family',
      meta,
    );
    expect(session.stage).toBe('unmatched');
    await expectNoOracle(open, linkMutation, token, school1, 'smirnov.an');
  });

  it('linkWithLegacyLogin from a staff sign-in with another staff member’s login', async () => {
    const { gymnasium2 } = await demoSchools(open.db);
    const { token, session } = await open.services.signIn.afterEsia(
      esiaPerson('1000008', { subject: '7200002', documents: [] }),
      'staff',
      'staff',
      meta,
    );
    expect(session.stage).toBe('unmatched');
    const right = await attempt(open, linkMutation, token, { organisationId: gymnasium2, login: 'belova.iv', password: 'school123' });
    const wrong = await attempt(open, linkMutation, token, { organisationId: gymnasium2, login: 'belova.iv', password: 'wrong-password' });
    expect(right).toEqual(wrong);
    expect(right.code).toBe('LEGACY_CREDENTIALS_INVALID');
  });
});
