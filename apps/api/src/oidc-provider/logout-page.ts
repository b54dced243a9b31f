import { createTranslator } from '@vhod/i18n';
import escapeHtml from 'escape-html';
import type { KoaContextWithOIDC } from 'oidc-provider';

const { t } = createTranslator();

/**
 * RP-initiated logout asks before it signs anyone out (a link on another site must not). The form
 * is oidc-provider's own (with its xsrf token); the buttons submit it with or without `logout`.
 */
export function renderLogoutPage(ctx: KoaContextWithOIDC, form: string): void {
  const client = ctx.oidc.client;
  const clientName = client?.clientName ?? t('oidcLogout.aSystem');
  // The confirmation redirects to the client afterwards, and form-action covers the whole redirect chain.
  const targets = [...new Set((client?.postLogoutRedirectUris ?? []).map((uri) => new URL(uri).origin))];
  ctx.set({
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${targets.join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
  });
  ctx.type = 'html';
  ctx.body = `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('oidcLogout.title'))}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f5f7fa;color:#0b1f33;margin:0}main{max-width:560px;margin:48px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px rgba(0,0,0,.12)}button{font-size:16px;padding:10px 20px;border-radius:4px;border:1px solid #0d4cd3;margin-right:12px;cursor:pointer}.primary{background:#0d4cd3;color:#fff}.secondary{background:#fff;color:#0d4cd3}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t('oidcLogout.title'))}</h1>
<p>${escapeHtml(t('oidcLogout.question', { client: clientName }))}</p>
${form}
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${escapeHtml(t('oidcLogout.confirm'))}</button>
<button class="secondary" type="submit" form="op.logoutForm">${escapeHtml(t('oidcLogout.stay'))}</button>
</main>
</body>
</html>`;
}
