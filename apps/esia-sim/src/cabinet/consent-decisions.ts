import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml, sendSeeOther } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import type { CabinetContext } from './cabinet-context';
import { cabinetSubject } from './cabinet-session-cookie';
import { cabinetHomeWith, cabinetPaths } from './paths';

export type ConsentDecision = 'give' | 'refuse';

/** «Дать согласие» / «Отказать» on one of the signed-in parent's requests. */
export function handleConsentDecision(
  context: CabinetContext,
  decision: ConsentDecision,
  form: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const subject = cabinetSubject(context, req);
  if (subject === undefined) {
    // The cabinet session ended (logout, expiry, restart): sign in again.
    sendSeeOther(res, cabinetPaths.home);
    return;
  }
  const requestId = form.get('request') ?? '';
  const decided =
    decision === 'give'
      ? context.parentalConsents.give(subject, requestId, context.now()) !== undefined
      : context.parentalConsents.refuse(subject, requestId);
  if (!decided) {
    sendHtml(
      res,
      404,
      renderErrorPage({
        title: 'Запрос не найден',
        message: 'Запрос на согласие не найден: возможно, решение по нему уже принято. Вернитесь в личный кабинет.',
      }),
    );
    return;
  }
  sendSeeOther(res, cabinetHomeWith(decision === 'give' ? 'consent-given' : 'consent-refused'));
}
