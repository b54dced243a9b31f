/**
 * Where the login and consent pages live. Shared by the provider config (which sends the
 * browser there), the pages (form actions) and the fetch-driven sign-in helper.
 */
export const interactionPrefix = '/interaction/';

export const interactionPaths = {
  page: (uid: string): string => `${interactionPrefix}${encodeURIComponent(uid)}`,
  /** Form with «Телефон, почта или СНИЛС» + «Пароль». Fields: login, password. */
  login: (uid: string): string => `${interactionPrefix}${encodeURIComponent(uid)}/login`,
  /** One-click sign-in as a listed test citizen. Field: subject. */
  loginAs: (uid: string): string => `${interactionPrefix}${encodeURIComponent(uid)}/login-as`,
  /** «Предоставить» / «Отказать». Field: decision = grant | deny. */
  consent: (uid: string): string => `${interactionPrefix}${encodeURIComponent(uid)}/consent`,
} as const;

/** The login page's form actions of one interaction. */
export function loginActions(uid: string): { login: string; loginAs: string } {
  return { login: interactionPaths.login(uid), loginAs: interactionPaths.loginAs(uid) };
}

export type InteractionAction = 'login' | 'login-as' | 'consent';

/** Splits "/interaction/<uid>[/<action>]"; undefined for anything else. */
export function parseInteractionPath(pathname: string): { uid: string; action: InteractionAction | undefined } | undefined {
  if (!pathname.startsWith(interactionPrefix)) {
    return undefined;
  }
  const parts = pathname.slice(interactionPrefix.length).split('/');
  const [rawUid, action, ...rest] = parts;
  if (rawUid === undefined || rawUid === '' || rest.length > 0) {
    return undefined;
  }
  let uid: string;
  try {
    uid = decodeURIComponent(rawUid);
  } catch {
    return undefined;
  }
  if (action === undefined) {
    return { uid, action: undefined };
  }
  if (action === 'login' || action === 'login-as' || action === 'consent') {
    return { uid, action };
  }
  return undefined;
}
