/** ESIA's endpoints, as the real one serves them, and the sim's own sign-in pages between them. */
export const esiaPaths = {
  authorize: '/aas/oauth2/v2/ac',
  token: '/aas/oauth2/v3/te',
  /** + {oid}[/docs|/ctts|/kids[/{id}/docs]][/{id}] */
  persons: '/rs/prns',
  logout: '/idp/ext/Logout',
} as const;

const signInPrefix = '/login/';

/** The pages of one sign-in: GET shows the step it is at (login or consent); the forms post to the others. */
export const signInPaths = {
  page: (flowId: string): string => `${signInPrefix}${flowId}`,
  /** Fields: login, password. */
  login: (flowId: string): string => `${signInPrefix}${flowId}/login`,
  /** One-click sign-in as a listed test citizen. Field: subject. */
  loginAs: (flowId: string): string => `${signInPrefix}${flowId}/login-as`,
  /** Field: decision = grant | deny. */
  consent: (flowId: string): string => `${signInPrefix}${flowId}/consent`,
} as const;

export type SignInAction = 'login' | 'login-as' | 'consent';

/** Splits "/login/<flow id>[/<action>]"; undefined for anything else. Flow ids are URL-safe. */
export function parseSignInPath(pathname: string): { flowId: string; action: SignInAction | undefined } | undefined {
  if (!pathname.startsWith(signInPrefix)) return undefined;
  const [flowId, action, ...rest] = pathname.slice(signInPrefix.length).split('/');
  if (flowId === undefined || !/^[A-Za-z0-9_-]+$/.test(flowId) || rest.length > 0) return undefined;
  if (action === undefined) return { flowId, action: undefined };
  return action === 'login' || action === 'login-as' || action === 'consent' ? { flowId, action } : undefined;
}
