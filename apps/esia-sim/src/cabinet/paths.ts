/**
 * The parent's cabinet («Личный кабинет»), where legal representatives answer their
 * children's consent requests. Shared by the router, the pages and the test driver.
 */
export const cabinetPaths = {
  /** GET: the login page or, signed in, the cabinet. */
  home: '/cabinet',
  /** Fields: login, password. */
  login: '/cabinet/login',
  /** One-click sign-in as a listed test citizen. Field: subject. */
  loginAs: '/cabinet/login-as',
  logout: '/cabinet/logout',
  /** «Дать согласие». Field: request. */
  give: '/cabinet/requests/give',
  /** «Отказать». Field: request. */
  refuse: '/cabinet/requests/refuse',
} as const;

/** Set after a decision so a reload of the cabinet does not post it again. */
export type CabinetNotice = 'consent-given' | 'consent-refused';

export function cabinetHomeWith(notice: CabinetNotice): string {
  return `${cabinetPaths.home}?notice=${notice}`;
}
