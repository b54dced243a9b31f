import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiServices } from '../../src/server/create-api-server';
import { demoSchools } from '../support/demo-organisations';
import { esiaPerson } from '../support/esia-people';
import { checkedHashes } from '../support/password-checks';
import { executeGraphQL } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';

// Every password check the API makes is recorded: the limits are on how many guesses get checked.
vi.mock('@vhod/db', async () => (await import('../support/password-checks')).dbRecordingPasswordChecks());

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
beforeEach(() => {
  checkedHashes.length = 0;
  // Each test starts with the failures of the one before out of the window (they share one client address).
  env.clock.advance(16 * 60_000);
});

const signInMutation = /* GraphQL */ `
  mutation ($input: LegacyCredentialsInput!) {
    signInWithLegacyLogin(input: $input) { __typename ... on DomainError { code } }
  }
`;
const linkMutation = /* GraphQL */ `
  mutation ($input: LegacyCredentialsInput!) {
    linkWithLegacyLogin(input: $input) { __typename ... on DomainError { code } }
  }
`;

type Services = typeof env.services;

async function attempt(services: Services, mutation: string, token: string | undefined, input: Record<string, string>) {
  const response = await executeGraphQL(services, token, mutation, { input });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data as Record<string, { __typename: string; code?: string }>)[0]!;
  return payload.code ?? payload.__typename;
}

/** A second API instance on the same database: nothing the limit relies on may live in one process. */
function secondInstance(): Services {
  return createApiServices({ config: env.config, db: env.db, clock: env.clock });
}

describe('legacy password limits under concurrent attempts', () => {
  it('checks only 5 of 50 parallel wrong passwords for one login, across two API instances', async () => {
    const instances = [env.services, secondInstance()];
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt(instances[i % 2]!, signInMutation, undefined, { organisationId: school1, login: 'petrova.as', password: `guess-${i}` }),
      ),
    );
    // At most 5 (the limit), and exactly 5: the limit is not stricter than it says either.
    expect(checkedHashes).toHaveLength(5);
    expect(codes.filter((code) => code === 'LEGACY_CREDENTIALS_INVALID').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'LEGACY_SIGN_IN_LOCKED').length).toBeGreaterThanOrEqual(45);
    // Locked for the right password too, from now on.
    expect(
      await attempt(env.services, signInMutation, undefined, { organisationId: school1, login: 'petrova.as', password: 'school123' }),
    ).toBe('LEGACY_SIGN_IN_LOCKED');
  });

  it('shares one limit between signInWithLegacyLogin and linkWithLegacyLogin', async () => {
    const { token, session } = await env.services.signIn.afterEsia(
      esiaPerson('1000008', { subject: '7100001', documents: [] }),
      'parent',
      'family',
      meta,
    );
    expect(session.stage).toBe('unmatched');
    const input = (i: number) => ({ organisationId: gymnasium2, login: 'fedorova.mo', password: `guess-${i}` });
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 ? attempt(env.services, linkMutation, token, input(i)) : attempt(env.services, signInMutation, undefined, input(i)),
      ),
    );
    expect(checkedHashes).toHaveLength(5);
    expect(codes.filter((code) => code !== 'LEGACY_SIGN_IN_LOCKED').length).toBeLessThanOrEqual(5);
  });

  it('checks only 20 of 50 parallel guesses at different logins from one client address', async () => {
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attempt(env.services, signInMutation, undefined, { organisationId: school1, login: `nobody-${i}`, password: 'guess' }),
      ),
    );
    expect(checkedHashes).toHaveLength(20);
    expect(codes.filter((code) => code === 'LEGACY_SIGN_IN_LOCKED').length).toBeGreaterThanOrEqual(30);
  });
});
