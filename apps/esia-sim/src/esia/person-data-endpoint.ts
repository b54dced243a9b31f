import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoCitizen } from '@vhod/demo-people';
import { findCitizenBySubject } from '../citizens';
import { sendJson } from '../http/send';
import type { EsiaContext } from './esia-context';
import { readAccessToken } from './esia-tokens';
import { esiaPaths } from './paths';
import {
  contactsResource,
  documentsResource,
  kidDocumentsResource,
  kidsResource,
  personResource,
  withETag,
  type Elements,
  type Json,
  type Resource,
} from './person-resources';

type Found = { kind: 'object'; resource: Resource<Json> } | { kind: 'collection'; resource: Resource<Elements> } | { kind: 'forbidden' };

const collections: Readonly<Record<string, (citizen: DemoCitizen, scopes: ReadonlySet<string>) => Resource<Elements>>> = {
  docs: documentsResource,
  ctts: contactsResource,
  kids: kidsResource,
};

/** What a path below /rs/prns/{oid} names for this citizen ([], [collection], [kids, id, docs]); undefined when nothing. */
function resolve(citizen: DemoCitizen, scopes: ReadonlySet<string>, path: ReadonlyArray<string>): Found | undefined {
  const [collection = '', kidId, nested] = path;
  if (path.length === 0) return { kind: 'object', resource: personResource(citizen, scopes) };
  if (path.length === 1) {
    const read = collections[collection];
    return read === undefined ? undefined : { kind: 'collection', resource: read(citizen, scopes) };
  }
  if (path.length !== 3 || collection !== 'kids' || nested !== 'docs') return undefined;
  const kid = citizen.kids.find((candidate) => candidate.id === kidId);
  // Another family's child is not this token's business.
  return kid === undefined ? { kind: 'forbidden' } : { kind: 'collection', resource: kidDocumentsResource(kid, scopes) };
}

const forbidden = (res: ServerResponse): void => sendJson(res, 403, { error: 'access_denied', error_description: 'Недостаточно прав.' });

/**
 * GET /rs/prns/{oid}[/…]: the citizen's data for the bearer of an access token issued for
 * that citizen, as far as its scopes reach: 401 without a valid token, 403 for another
 * person's oid or a scope the token lacks. Collections answer with their elements under
 * `?embed=(elements)`, with links to them otherwise, as ESIA does.
 */
export async function handlePersonData(context: EsiaContext, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const authorization = req.headers.authorization ?? '';
  const grant = authorization.startsWith('Bearer ') ? await readAccessToken(context, authorization.slice('Bearer '.length)) : undefined;
  if (grant === undefined) {
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    sendJson(res, 401, { error: 'invalid_token', error_description: 'Маркер доступа отсутствует, недействителен или истёк.' });
    return;
  }
  const [oid = '', ...path] = url.pathname.slice(`${esiaPaths.persons}/`.length).split('/');
  const citizen = findCitizenBySubject(oid);
  if (oid !== grant.subject || citizen === undefined) return forbidden(res);

  // An item (docs/{id}, kids/{id}, kids/{id}/docs/{id}): the same rules as its collection, then its one element.
  const itemId = path.length === 2 || path.length === 4 ? path.at(-1) : undefined;
  const collectionPath = itemId === undefined ? path : path.slice(0, -1);
  const found = resolve(citizen, grant.scopes, collectionPath);
  if (found === undefined) {
    sendJson(res, 404, { error: 'not_found' });
    return;
  }
  if (found.kind === 'forbidden' || found.resource === undefined) return forbidden(res);
  if (found.kind === 'object') {
    sendJson(res, 200, found.resource);
    return;
  }
  const elements = found.resource;
  if (itemId !== undefined) {
    const element = elements.find((candidate) => String(candidate.id) === itemId);
    sendJson(res, element === undefined ? 404 : 200, element ?? { error: 'not_found' });
    return;
  }
  const base = `${context.issuer}${esiaPaths.persons}/${[oid, ...collectionPath].join('/')}`;
  const embed = url.searchParams.get('embed') === '(elements)';
  sendJson(
    res,
    200,
    withETag({
      stateFacts: ['hasSize'],
      size: elements.length,
      elements: embed ? elements : elements.map((element) => `${base}/${element.id}`),
    }),
  );
}
