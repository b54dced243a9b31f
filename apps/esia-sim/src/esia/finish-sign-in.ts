import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendRedirect } from '../http/send';
import type { EsiaContext, SignInFlow } from './esia-context';
import type { EsiaRefusal } from './esia-errors';

/** Sends the browser back to the information system with a refusal, echoing its state. */
export function redirectWithRefusal(
  res: ServerResponse,
  status: 302 | 303,
  redirectUri: string,
  refusal: EsiaRefusal,
  state: string | undefined,
): void {
  const target = new URL(redirectUri);
  target.searchParams.set('error', refusal.error);
  target.searchParams.set('error_description', refusal.description);
  if (state !== undefined) target.searchParams.set('state', state);
  sendRedirect(res, status, target.href);
}

/** Ends the flow (it cannot be continued either way) with the refusal. */
export function refuseSignIn(context: EsiaContext, flow: SignInFlow, refusal: EsiaRefusal, res: ServerResponse, status: 302 | 303): void {
  context.flows.delete(flow.id);
  redirectWithRefusal(res, status, flow.redirectUri, refusal, flow.state);
}

/** Ends the flow with a single-use code (60 s) for the signed-in citizen. */
export function grantSignIn(
  context: EsiaContext,
  flow: SignInFlow & Required<Pick<SignInFlow, 'session'>>,
  res: ServerResponse,
  status: 302 | 303,
): void {
  context.flows.delete(flow.id);
  const code = randomBytes(32).toString('base64url');
  context.codes.set(code, { clientId: flow.client.clientId, redirectUri: flow.redirectUri, scopes: flow.scopes, session: flow.session });
  const target = new URL(flow.redirectUri);
  target.searchParams.set('code', code);
  target.searchParams.set('state', flow.state);
  sendRedirect(res, status, target.href);
}
