import type { ApiHost } from '../api-host/api-host';
import { signedInLanding, type BenchCitizen } from './bench-citizens';
import { signInThroughEsia } from './sign-in-through-esia';

/** SQL statements the API sends for one returning sign-in (/auth/esia/login and the callback), alone. */
export async function countSignInStatements(host: ApiHost, citizen: BenchCitizen): Promise<number> {
  await host.resetStatementCount();
  const outcome = await signInThroughEsia(host.apiUrl, citizen);
  if (outcome.landedAt !== signedInLanding(citizen)) throw new Error(`citizen ${citizen.subject} was sent to ${outcome.landedAt}`);
  return host.statementCount();
}
