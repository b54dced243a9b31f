import type { OidcClientScope } from '@vhod/domain';
import type { OidcClient } from '@vhod/db';
import type { ApiServices } from '../server/http-types';
import type { Session } from '../sessions/session-store';
import { activeClient, requestedScopes } from './interaction';
import { isHandOverSession } from './hand-over-session';
import { interactionPath } from './paths';

/** A client's sign-in waiting in the family portal: who asks, for what, and where the browser goes next. */
export interface PendingClientSignIn {
  uid: string;
  client: OidcClient;
  scopes: OidcClientScope[];
  continuePath: string;
  declinePath: string;
}

/** oidc-provider's interaction ids (nanoid); anything else is not looked up. */
const interactionUid = /^[A-Za-z0-9_-]{1,64}$/;

/** The interaction `uid`, or null when it is unknown, expired or its client has been revoked. */
export async function pendingClientSignIn(services: ApiServices, uid: string): Promise<PendingClientSignIn | null> {
  if (!interactionUid.test(uid)) return null;
  const interaction = await services.oidc.provider.Interaction.find(uid);
  if (!interaction) return null;
  const client = await activeClient(services.db, String(interaction.params.client_id));
  if (!client) return null;
  return {
    uid,
    client,
    scopes: requestedScopes(interaction.params.scope, client),
    continuePath: interactionPath(uid),
    declinePath: `${interactionPath(uid)}/abort`,
  };
}

/** «<Система> запрашивает: …» is due: an untrusted system, and this person has not consented to these scopes yet. */
export async function consentRequired(services: ApiServices, pending: PendingClientSignIn, session: Session | null): Promise<boolean> {
  if (pending.client.trusted || !isHandOverSession(session)) return false;
  return !(await services.oidc.consents.covers(session.personId, pending.client.clientId, pending.scopes));
}
