import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseScopes } from '../claims';
import { sendHtml } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import { isSignedByClient } from './client-secret';
import type { EsiaContext } from './esia-context';
import { esiaRefusals, unregisteredRedirectCode, type EsiaRefusal } from './esia-errors';
import { isWithinTimestampWindow } from './esia-timestamp';
import { redirectWithRefusal } from './finish-sign-in';
import { startSignIn } from './sign-in-steps';
import { isUuid } from './uuid';

const requiredParameters = [
  'client_id',
  'client_secret',
  'scope',
  'timestamp',
  'state',
  'redirect_uri',
  'client_certificate_hash',
  'response_type',
  'access_type',
] as const;

/**
 * GET /aas/oauth2/v2/ac: ESIA's authorization request, checked in ESIA's order. Only a request
 * that passes every check starts a sign-in; a refusal creates nothing (no flow, no session).
 */
export async function handleAuthorize(context: EsiaContext, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parameter = (name: (typeof requiredParameters)[number]): string => url.searchParams.get(name) ?? '';
  const clientId = parameter('client_id');
  const redirectUri = parameter('redirect_uri');
  const client = context.clients.get(clientId);
  if (client === undefined || !client.redirectUris.has(redirectUri)) {
    sendHtml(
      res,
      400,
      renderErrorPage({
        message:
          client === undefined
            ? 'Информационная система не зарегистрирована в ЕСИА. Вход невозможен.'
            : 'Адрес возврата (redirect_uri) не зарегистрирован для этой информационной системы. Вход невозможен.',
        details: [
          ['код', unregisteredRedirectCode],
          ['client_id', clientId],
          ['redirect_uri', redirectUri],
        ],
      }),
    );
    return;
  }

  const state = url.searchParams.get('state') ?? undefined;
  const refuse = (refusal: EsiaRefusal): void => redirectWithRefusal(res, 302, redirectUri, refusal, state);
  const missing = requiredParameters.filter((name) => parameter(name) === '');
  if (missing.length > 0) return refuse(esiaRefusals.badRequest(`нет параметров ${missing.join(', ')}`));
  if (parameter('response_type') !== 'code') return refuse(esiaRefusals.badRequest('response_type должен быть code'));
  if (parameter('access_type') !== 'online') return refuse(esiaRefusals.badRequest('поддерживается только access_type=online'));
  if (!isUuid(parameter('state'))) return refuse(esiaRefusals.badRequest('state должен быть UUID'));

  const timestamp = parameter('timestamp');
  if (!isWithinTimestampWindow(timestamp, context.now())) return refuse(esiaRefusals.badTimestamp);

  const scope = parameter('scope');
  const signed = await isSignedByClient(context.verifier, client, {
    message: clientId + scope + timestamp + parameter('state') + redirectUri,
    clientSecret: parameter('client_secret'),
    clientCertificateHash: parameter('client_certificate_hash'),
  });
  if (!signed) return refuse(esiaRefusals.badClientSecret);

  const scopes = [...parseScopes(scope)];
  if (!scopes.every((name) => client.scopes.has(name))) return refuse(esiaRefusals.scopeNotAllowed);

  startSignIn(context, { client, redirectUri, scopes, state: parameter('state') }, req, res);
}
