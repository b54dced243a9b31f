import type { EsiaPerson } from '@vhod/domain';
import { callEsia } from './esia-http';
import { esiaPersonFrom, kidIdsIn } from './esia-person';
import { EsiaRefusalError } from './esia-refusal-error';

export interface PersonDataRequest {
  baseUrl: string;
  accessToken: string;
  oid: string;
  /** What ESIA granted; a resource is read only with the scope it needs, so ESIA never answers 403 for it. */
  grantedScopes: ReadonlySet<string>;
  timeoutMs: number;
}

/**
 * Reads the person from ESIA's REST API with the access token: the person, documents, contacts and kids at once, then
 * every kid's documents at once. The scope each resource needs is the wire contract's (ESIA's guidelines name the
 * same): fullname for the person, id_doc for documents, email/mobile for contacts, kid_fullname for kids,
 * kid_birth_cert_doc for their documents.
 */
export async function readEsiaPerson(request: PersonDataRequest): Promise<EsiaPerson> {
  const granted = (scope: string) => request.grantedScopes.has(scope);
  if (!granted('fullname')) throw EsiaRefusalError.of('scope-not-granted', 'fullname');
  const prns = `${request.baseUrl}/rs/prns/${encodeURIComponent(request.oid)}`;
  const get = (what: string, url: string) => getJson(what, url, request);
  const [person, documents, contacts, kids] = await Promise.all([
    get('person', prns),
    granted('id_doc') ? get('documents', `${prns}/docs?embed=(elements)`) : null,
    granted('email') || granted('mobile') ? get('contacts', `${prns}/ctts?embed=(elements)`) : null,
    granted('kid_fullname') ? get('kids', `${prns}/kids?embed=(elements)`) : null,
  ]);
  const kidIds = kids !== null && granted('kid_birth_cert_doc') ? kidIdsIn(kids) : [];
  // The kid's documents under the parent's path: the contract's reading of ESIA's `/kids/{id}/docs`, which only the
  // issue text and our ESIA notes name; to be confirmed on ТЕСИА.
  const kidDocuments = await Promise.all(
    kidIds.map(async (id) => [id, await get('kid documents', `${prns}/kids/${encodeURIComponent(id)}/docs?embed=(elements)`)] as const),
  );
  return esiaPersonFrom({ oid: request.oid, person, documents, contacts, kids, kidDocuments: new Map(kidDocuments) });
}

async function getJson(what: string, url: string, { accessToken, timeoutMs }: PersonDataRequest): Promise<unknown> {
  const answer = await callEsia(what, url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } }, timeoutMs);
  if (answer.status >= 500) throw EsiaRefusalError.of('unavailable', `${what}: HTTP ${answer.status}`);
  if (answer.status !== 200 || answer.json === undefined) throw EsiaRefusalError.of('invalid-response', `${what}: HTTP ${answer.status}`);
  return answer.json;
}
