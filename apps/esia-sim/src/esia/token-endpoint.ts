import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseScopes } from '../claims';
import { readForm } from '../http/read-form';
import { sendJson } from '../http/send';
import { isSignedByClient } from './client-secret';
import { lifetimes, type EsiaContext } from './esia-context';
import { esiaRefusals, type EsiaRefusal } from './esia-errors';
import { isWithinTimestampWindow } from './esia-timestamp';
import { issueEsiaTokens } from './esia-tokens';
import { isUuid } from './uuid';

const requiredFields = [
  'client_id',
  'code',
  'grant_type',
  'client_secret',
  'state',
  'redirect_uri',
  'scope',
  'timestamp',
  'token_type',
  'client_certificate_hash',
] as const;

/**
 * POST /aas/oauth2/v3/te: exchanges a code for GOST-signed access and ID tokens. The client
 * signs again, over the code too, with a new state that the answer echoes. A code is spent only
 * by a successful exchange.
 */
export async function handleToken(context: EsiaContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refuse = (refusal: EsiaRefusal, state: string | undefined): void =>
    sendJson(res, 400, { error: refusal.error, error_description: refusal.description, ...(state === undefined ? {} : { state }) });
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return refuse(esiaRefusals.badRequest('ожидается application/x-www-form-urlencoded'), undefined);
  }
  const form = await readForm(req);
  const field = (name: (typeof requiredFields)[number]): string => form.get(name) ?? '';
  const state = form.get('state') ?? undefined;

  const client = context.clients.get(field('client_id'));
  if (client === undefined) return refuse(esiaRefusals.badClientSecret, state);
  const missing = requiredFields.filter((name) => field(name) === '');
  if (missing.length > 0) return refuse(esiaRefusals.badRequest(`нет параметров ${missing.join(', ')}`), state);
  if (field('grant_type') !== 'authorization_code')
    return refuse(esiaRefusals.badRequest('grant_type должен быть authorization_code'), state);
  if (field('token_type') !== 'Bearer') return refuse(esiaRefusals.badRequest('token_type должен быть Bearer'), state);
  if (!isUuid(field('state'))) return refuse(esiaRefusals.badRequest('state должен быть UUID'), state);

  const signed = await isSignedByClient(context.verifier, client, {
    message: client.clientId + field('scope') + field('timestamp') + field('state') + field('redirect_uri') + field('code'),
    clientSecret: field('client_secret'),
    clientCertificateHash: field('client_certificate_hash'),
  });
  if (!signed) return refuse(esiaRefusals.badClientSecret, state);
  if (!isWithinTimestampWindow(field('timestamp'), context.now())) return refuse(esiaRefusals.badTimestamp, state);

  // No await from here until the code is deleted: two exchanges of one code cannot both pass.
  const issued = context.codes.get(field('code'));
  if (issued === undefined || issued.clientId !== client.clientId || issued.redirectUri !== field('redirect_uri')) {
    return refuse(esiaRefusals.badCode, state);
  }
  const scopes = [...parseScopes(field('scope'))];
  if (!scopes.every((scope) => issued.scopes.includes(scope))) return refuse(esiaRefusals.scopeNotAllowed, state);
  context.codes.delete(field('code'));

  const tokens = await issueEsiaTokens(context, { clientId: client.clientId, scopes, session: issued.session });
  sendJson(res, 200, {
    access_token: tokens.accessToken,
    id_token: tokens.idToken,
    state: field('state'),
    token_type: 'Bearer',
    expires_in: lifetimes.tokenSeconds,
  });
}
