import { portalLinks } from './portal-links';
import { renderEmail } from './render-email';
import type { RenderedEmail } from './rendered-email';

export interface AccessRequestCreatedData {
  /** e.g. 2026-000123 */
  number: string;
  fullName: string;
  organisationName: string;
  /** The portal's public origin (VHOD_PUBLIC_ORIGIN), for the links to it. */
  portalOrigin: string;
}

/** To the applicant right after «Обратиться в организацию». */
export function accessRequestCreated({ number, fullName, organisationName, portalOrigin }: AccessRequestCreatedData): RenderedEmail {
  return renderEmail(
    `Обращение ${number} зарегистрировано`,
    [
      `Здравствуйте, ${fullName.trim()}!`,
      `Успешно создан запрос получения доступа в систему. Вашему обращению присвоен номер ${number}.`,
      `Организация: ${organisationName.trim()}`,
      'Решение по обращению придёт на этот адрес электронной почты. Состояние обращения можно посмотреть в разделе «Мои обращения».',
    ],
    portalLinks(portalOrigin),
  );
}
