import { Browser } from './browser';

/** Signs a fresh browser in to the sim's cabinet with the one-click button; returns it on the cabinet page. */
export async function openCabinetAs(issuer: string, subject: string) {
  const browser = new Browser();
  const page = await browser.open(new URL('/cabinet/login-as', issuer), issuer, { subject });
  return { browser, page };
}

export function pendingRequestIds(html: string): string[] {
  return [...html.matchAll(/data-esia-sim-request="([^"]+)"/g)].map((match) => match[1] ?? '');
}
