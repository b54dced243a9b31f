import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSchools } from '../support/demo-organisations';
import { dataOf, graphQLCaller, signedInCaller } from '../support/staff-graphql';
import { meta, seededServices } from '../support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;

beforeAll(async () => {
  env = await seededServices();
});
afterAll(async () => {
  await env?.database.close();
});

const VIEWER = '{ viewer { stage esiaLink { method } } }';
const UNLINK = 'mutation { unlinkEsia { __typename ... on MutationUnlinkEsiaSuccess { data { stage } } } }';
type ViewerResult = { viewer: unknown };

describe('removing your own ESIA link in personal settings', () => {
  it('ends the other sessions that came in through that link, and keeps this one and a legacy one', async () => {
    // Петрова Анна on her phone and on a library computer, both through ESIA, and once with the school login.
    const phone = await signedInCaller(env.services, '1000001', { role: 'parent', app: 'family' });
    const library = await signedInCaller(env.services, '1000001', { role: 'parent', app: 'family' });
    const { school1 } = await demoSchools(env.db);
    const { token } = await env.services.legacySignIn.signIn(
      { organisationId: school1, login: 'petrova.as', password: 'school123' },
      undefined,
      meta,
    );
    const legacy = graphQLCaller(env.services, token);
    for (const caller of [phone, library, legacy])
      expect(dataOf<ViewerResult>(await caller.execute(VIEWER)).viewer).toMatchObject({ stage: 'ACTIVE' });

    expect(dataOf<{ unlinkEsia: unknown }>(await phone.execute(UNLINK)).unlinkEsia).toEqual({
      __typename: 'MutationUnlinkEsiaSuccess',
      data: { stage: 'ACTIVE' },
    });

    // Whoever is signed in at the library with that ESIA account got in through a link that is gone.
    expect(dataOf<ViewerResult>(await library.execute(VIEWER)).viewer).toBeNull();
    // The settings page she unlinked from goes on (it shows «not linked» and the link button).
    expect(dataOf<ViewerResult>(await phone.execute(VIEWER)).viewer).toEqual({ stage: 'ACTIVE', esiaLink: null });
    // A sign-in that did not come through ESIA is not touched.
    expect(dataOf<ViewerResult>(await legacy.execute(VIEWER)).viewer).toEqual({ stage: 'ACTIVE', esiaLink: null });
  });
});
