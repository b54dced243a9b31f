import { driveParentalConsent } from '@vhod/esia-sim';
import { postGraphQL } from '../graphql-client';
import { signedInLanding, type BenchCitizen } from './bench-citizens';
import { signInThroughEsia } from './sign-in-through-esia';
import { viewerStage } from './viewer-stage';

// Only the payload's type name: the stage is read back through viewer, as the SPA does after it.
const giveConsent = 'mutation BenchGiveConsent { giveConsent { __typename } }';

/**
 * Brings every citizen to where a returning user is, unmeasured: a minor's parent consents at
 * ESIA, ESIA's own consent screen is answered, and on a citizen's first visit to this database
 * the system's consent is given (which links the ESIA account automatically). Afterwards each
 * sign-in ends signed in at the callback. Returns how many citizens had their first visit now.
 */
export async function completeFirstVisits(apiUrl: string, esiaIssuer: string, citizens: readonly BenchCitizen[]): Promise<number> {
  let firstVisits = 0;
  for (const citizen of citizens) {
    let outcome = await signInThroughEsia(apiUrl, citizen);
    if (outcome.landedAt.includes('code=minor-consent-required') && citizen.consentingParent) {
      await driveParentalConsent(esiaIssuer, citizen.consentingParent);
      outcome = await signInThroughEsia(apiUrl, citizen);
    }
    if (outcome.landedAt !== signedInLanding(citizen) || !outcome.sessionToken) {
      throw new Error(`citizen ${citizen.subject} could not sign in: sent to ${outcome.landedAt}`);
    }
    const stage = await viewerStage(apiUrl, outcome.sessionToken);
    if (stage === 'CONSENT') {
      firstVisits += 1;
      const data = await postGraphQL<{ giveConsent: { __typename: string } }>(
        apiUrl,
        { operationName: 'BenchGiveConsent', query: giveConsent },
        outcome.sessionToken,
      );
      const after = await viewerStage(apiUrl, outcome.sessionToken);
      if (after !== 'ACTIVE')
        throw new Error(`citizen ${citizen.subject}: consent answered ${data.giveConsent.__typename}, stage ${after}`);
    } else if (stage !== 'ACTIVE') {
      throw new Error(`citizen ${citizen.subject} signed in to stage ${stage}, not ACTIVE`);
    }
  }
  return firstVisits;
}
