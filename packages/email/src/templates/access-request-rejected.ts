import type { AccessRequestDecisionData } from './access-request-resolved';
import { decisionComment } from './decision-comment';
import { portalLinks } from './portal-links';
import { renderEmail } from './render-email';
import type { RenderedEmail } from './rendered-email';

/** To the applicant when staff refuse. The lines are fixed by the product; keep them verbatim, line by line. */
export function accessRequestRejected({ number, comment, portalOrigin }: AccessRequestDecisionData): RenderedEmail {
  return renderEmail(
    `Обращение ${number} отклонено`,
    [
      [
        `Ваше обращение ${number} рассмотрено сотрудником организации.`,
        `Обращение было отклонено с следующим комментарием: ${decisionComment(comment)}.`,
      ].join('\n'),
    ],
    portalLinks(portalOrigin),
  );
}
