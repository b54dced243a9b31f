import type { IncomingMessage, ServerResponse } from 'node:http';
import { findCitizenBySubject, fullNameOf } from '../citizens';
import { sendHtml } from '../http/send';
import { renderCabinetLoginPage } from '../pages/cabinet-login-page';
import { renderCabinetPage } from '../pages/cabinet-page';
import type { CabinetContext } from './cabinet-context';
import { cabinetSubject } from './cabinet-session-cookie';
import type { CabinetNotice } from './paths';

function nameOf(subject: string): string {
  const citizen = findCitizenBySubject(subject);
  return citizen === undefined ? subject : fullNameOf(citizen);
}

function noticeFrom(url: URL): CabinetNotice | undefined {
  const notice = url.searchParams.get('notice');
  return notice === 'consent-given' || notice === 'consent-refused' ? notice : undefined;
}

/** GET /cabinet: the cabinet of whoever is signed in to it, or its login page. */
export function showCabinet(context: CabinetContext, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const subject = cabinetSubject(context, req);
  if (subject === undefined) {
    sendHtml(res, 200, renderCabinetLoginPage({}));
    return;
  }
  const pending = context.parentalConsents.pendingFor(subject).map((request) => ({
    id: request.id,
    childName: nameOf(request.childSubject),
    clientId: request.clientId,
    scopes: request.scopes,
    requestedAt: request.requestedAt,
  }));
  const given = context.parentalConsents.givenBy(subject).map((consent) => ({
    childName: nameOf(consent.childSubject),
    clientId: consent.clientId,
    givenAt: consent.givenAt,
  }));
  sendHtml(res, 200, renderCabinetPage({ citizenName: nameOf(subject), pending, given, notice: noticeFrom(url) }));
}
