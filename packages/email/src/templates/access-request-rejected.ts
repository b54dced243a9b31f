import type { AccessRequestDecisionData } from './access-request-resolved';
import { decisionComment } from './decision-comment';
import { renderEmail } from './render-email';
import type { RenderedEmail } from './rendered-email';

/** To the applicant when staff refuse. The sentence is fixed by the product; keep it verbatim. */
export function accessRequestRejected({ number, comment }: AccessRequestDecisionData): RenderedEmail {
  return renderEmail(`Обращение ${number} отклонено`, [
    `Ваше обращение ${number} рассмотрено сотрудником организации. Обращение было отклонено с следующим комментарием: ${decisionComment(comment)}.`,
  ]);
}
