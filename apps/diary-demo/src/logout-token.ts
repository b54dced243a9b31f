import { createRemoteJWKSet, jwtVerify } from 'jose';

const backChannelLogoutEvent = 'http://schemas.openid.net/event/backchannel-logout';

/**
 * Validates a logout token as OpenID Connect Back-Channel Logout 1.0 §2.6 asks: signed by the
 * provider's published keys, for this client, recent, with the logout event, a sub or sid, and no
 * nonce. Returns whom to sign out, or throws.
 */
export function logoutTokenVerifier({ issuer, jwksUri, clientId }: { issuer: string; jwksUri: string; clientId: string }) {
  const keys = createRemoteJWKSet(new URL(jwksUri));
  return async (token: string): Promise<{ sub: string; sid: string | undefined }> => {
    const { payload } = await jwtVerify(token, keys, { issuer, audience: clientId, typ: 'logout+jwt', maxTokenAge: '5 minutes' });
    const events = payload.events as Record<string, unknown> | undefined;
    if (typeof events?.[backChannelLogoutEvent] !== 'object') throw new Error('not a logout token: the logout event is missing');
    if ('nonce' in payload) throw new Error('a logout token carries no nonce');
    if (typeof payload.sub !== 'string') throw new Error('the logout token names no subject');
    return { sub: payload.sub, sid: typeof payload.sid === 'string' ? payload.sid : undefined };
  };
}
