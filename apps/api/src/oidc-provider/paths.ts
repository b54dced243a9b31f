import type { AuthErrorCode } from '../auth/auth-error-codes';

/** The provider's mount point in the API (create-api-server.ts delegates everything under it). */
export const oidcMountPath = '/oidc';

/** Where oidc-provider sends a browser whose user Vhod must name (interaction.ts). */
export const interactionPath = (uid: string) => `${oidcMountPath}/interaction/${uid}`;

/** The family portal's page for a system's sign-in: Vhod's own sign-in, the consent, or the not-found page. */
export const clientSignInPage = (uid: string) => `/authorize/${uid}`;

/** A system's request Vhod cannot serve (unknown or revoked client, unregistered redirect, expired interaction). */
export const clientRequestRefusedPage = `/auth-error?code=${'client-request-refused' satisfies AuthErrorCode}`;
