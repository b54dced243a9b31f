import { createTranslator } from '@vhod/i18n';
import escapeHtml from 'escape-html';
import type { DiaryUser } from './diary-sessions';

const { t } = createTranslator();

/** The one stylesheet, inline (the page's CSP allows inline styles and nothing else). */
const styles =
  'body{font-family:Arial,Helvetica,sans-serif;background:#f4f1ea;color:#2b2b2b;margin:0}header{background:#7b3f00;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold}main{max-width:720px;margin:24px auto;padding:0 16px}.card{background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px rgba(0,0,0,.12);margin-bottom:16px}.button{display:inline-block;background:#7b3f00;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none}.muted{color:#6b6b6b}';

function page(body: string): string {
  const title = escapeHtml(t('diaryDemo.title'));
  return `<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${styles}</style></head>
<body><header>${title}</header><main>${body}</main></body>
</html>`;
}

/** «Петров Михаил Андреевич — 8А, МБОУ «Школа № 1»»: who, and where in the school system. */
function placeOf(organisation: { name: string } | null | undefined, className: string | null | undefined): string {
  return [className, organisation?.name].filter(Boolean).join(', ');
}

export function renderSignedOut(): string {
  return page(`<section class="card">
<p>${escapeHtml(t('diaryDemo.intro'))}</p>
<a class="button" href="/login">${escapeHtml(t('diaryDemo.signIn'))}</a>
</section>`);
}

export function renderDiary(user: DiaryUser): string {
  const account = user.schoolAccount;
  const place = account ? placeOf(account.organisation, account.class) : '';
  const children = user.children.map((child) => {
    const where = placeOf(child.organisation, child.class) || t('diaryDemo.childWithoutOrganisation');
    return `<li>${escapeHtml(`${child.name} — ${where}`)}</li>`;
  });
  return page(`<section class="card">
<p class="muted">${escapeHtml(t('diaryDemo.signedInAs'))}</p>
<h1>${escapeHtml(place ? `${user.name} — ${place}` : user.name)}</h1>
${account ? `<p>${escapeHtml(t(`roles.${account.role}`, { defaultValue: account.role }))}</p>` : ''}
${children.length ? `<h2>${escapeHtml(t('diaryDemo.children'))}</h2><ul>${children.join('')}</ul>` : ''}
<a class="button" href="/logout">${escapeHtml(t('diaryDemo.signOut'))}</a>
</section>`);
}

export function renderRefused(error: string): string {
  return page(`<section class="card">
<h1>${escapeHtml(t('diaryDemo.refused'))}</h1>
<p role="alert">${escapeHtml(t('diaryDemo.refusedHint', { error }))}</p>
<a class="button" href="/login">${escapeHtml(t('diaryDemo.again'))}</a>
</section>`);
}
