import type { SignInRole } from '@vhod/domain';
import { consents, esiaLinks, type Database } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { postGraphQL } from '../graphql-client';
import type { BenchCitizen } from '../sign-in/bench-citizens';
import { signInThroughEsia } from '../sign-in/sign-in-through-esia';

/** How a first visit ends, as the demo's families show it (docs/demo-data.md). */
export type FirstVisitOutcome = 'found' | 'several-organisations' | 'not-found';

export interface FamilyCitizen extends BenchCitizen {
  outcome: FirstVisitOutcome;
}

const family = (subject: string, signInRole: SignInRole, outcome: FirstVisitOutcome, consentingParent?: string): FamilyCitizen => ({
  subject,
  signInRole,
  app: 'family',
  outcome,
  ...(consentingParent ? { consentingParent } : {}),
});

/**
 * The demo's families, each with the first visit it has: four found (two parents, two students),
 * one parent with children in two organisations, three not found (no card; an unconfirmed ESIA
 * account; a card without passport or SNILS). Their shares are the first school day's mix.
 */
export const firstVisitCitizens: readonly FamilyCitizen[] = [
  family('1000001', 'parent', 'found'),
  family('1000007', 'parent', 'found'),
  family('1000009', 'student', 'found', '1000001'),
  family('2000001', 'student', 'found', '1000001'),
  family('1000002', 'parent', 'several-organisations'),
  family('1000004', 'parent', 'not-found'),
  family('1000005', 'parent', 'not-found'),
  family('1000008', 'parent', 'not-found'),
];

interface Viewer {
  viewer: { stage: string; accountChoices: Array<{ id: string }> } | null;
}
const viewer = { operationName: 'BenchFirstDayViewer', query: 'query BenchFirstDayViewer { viewer { stage accountChoices { id } } }' };
const giveConsent = { operationName: 'BenchFirstDayConsent', query: 'mutation BenchFirstDayConsent { giveConsent { __typename } }' };
const chooseAccount = (accountId: string) => ({
  operationName: 'BenchFirstDayChoose',
  query: 'mutation BenchFirstDayChoose($accountId: ID!) { chooseAccount(accountId: $accountId) { __typename } }',
  variables: { accountId },
});

/** Forgets a citizen's link and consent, so the next sign-in is a first visit again. */
export async function forgetFirstVisit(db: Database, subject: string): Promise<void> {
  await db.delete(esiaLinks).where(eq(esiaLinks.esiaSubject, subject));
  await db.delete(consents).where(eq(consents.esiaSubject, subject));
}

/**
 * A family member's first visit as the family portal plays it: sign-in through ESIA, the page the
 * callback lands on asks `viewer`; a found person consents (which links the ESIA account); a
 * parent of two organisations then picks one. Throws when the visit ends anywhere but where this
 * citizen's should: the right answer is part of what is measured.
 */
export async function playFirstVisit(apiUrl: string, citizen: FamilyCitizen, from: string): Promise<void> {
  const outcome = await signInThroughEsia(apiUrl, citizen, from);
  const token = outcome.sessionToken;
  if (!token) throw new Error(`citizen ${citizen.subject}: no session, sent to ${outcome.landedAt}`);
  const stageNow = async () => (await postGraphQL<Viewer>(apiUrl, viewer, token)).viewer;
  const expect = (stage: string | undefined, wanted: string) => {
    if (stage !== wanted) throw new Error(`citizen ${citizen.subject} (${citizen.outcome}): stage ${stage}, expected ${wanted}`);
  };
  const first = await stageNow();
  if (citizen.outcome === 'not-found') return expect(first?.stage, 'UNMATCHED');
  expect(first?.stage, 'CONSENT');
  await postGraphQL(apiUrl, giveConsent, token);
  const second = await stageNow();
  if (citizen.outcome === 'found') return expect(second?.stage, 'ACTIVE');
  expect(second?.stage, 'CHOOSE_ACCOUNT');
  const [choice] = second!.accountChoices;
  if (!choice) throw new Error(`citizen ${citizen.subject}: no account to choose`);
  await postGraphQL(apiUrl, chooseAccount(choice.id), token);
  expect((await stageNow())?.stage, 'ACTIVE');
}
