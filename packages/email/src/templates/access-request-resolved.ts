import { decisionComment } from './decision-comment';
import { portalLinks } from './portal-links';
import { renderEmail } from './render-email';
import type { RenderedEmail } from './rendered-email';

export interface AccessRequestDecisionData {
  /** e.g. 2026-000123 */
  number: string;
  /** The staff member's comment, shown to the applicant. */
  comment: string;
  /** The portal's public origin (VHOD_PUBLIC_ORIGIN), for the links to it. */
  portalOrigin: string;
}

/** To the applicant when staff grant access. The three lines are fixed by the product; keep them verbatim, line by line. */
export function accessRequestResolved({ number, comment, portalOrigin }: AccessRequestDecisionData): RenderedEmail {
  return renderEmail(
    `Обращение ${number} разрешено`,
    [
      [
        `Ваше обращение ${number} рассмотрено сотрудником организации.`,
        `Обращение было разрешено с следующим комментарием: ${decisionComment(comment)}.`,
        'Теперь Вы можете выполнить вход в систему с использованием данной учетной записи ЕСИА.',
      ].join('\n'),
    ],
    portalLinks(portalOrigin),
  );
}
