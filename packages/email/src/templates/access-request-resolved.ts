import { decisionComment } from './decision-comment';
import { renderEmail } from './render-email';
import type { RenderedEmail } from './rendered-email';

export interface AccessRequestDecisionData {
  /** e.g. 2026-000123 */
  number: string;
  /** The staff member's comment, shown to the applicant. */
  comment: string;
}

/** To the applicant when staff grant access. The sentence is fixed by the product; keep it verbatim. */
export function accessRequestResolved({ number, comment }: AccessRequestDecisionData): RenderedEmail {
  return renderEmail(`Обращение ${number} разрешено`, [
    `Ваше обращение ${number} рассмотрено сотрудником организации. Обращение было разрешено с следующим комментарием: ${decisionComment(comment)}. Теперь Вы можете выполнить вход в систему с использованием данной учетной записи ЕСИА.`,
  ]);
}
