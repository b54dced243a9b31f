import { html, renderPage, trustedHtml } from './layout';

/**
 * Real ESIA signs the user out as soon as the information system sends them to its logout
 * address, without asking. oidc-provider insists on a confirmation form (against logout
 * CSRF); the page submits it by itself and keeps the buttons for browsers without scripts.
 *
 * @param providerForm the form oidc-provider generated (hidden xsrf field), not user data
 */
/** Inline, and allowed by the CSP by its hash (http/page-security-headers.ts). */
export const submitLogoutScript = "document.getElementById('esia-sim-logout').click();";

export function renderLogoutPage(providerForm: string): string {
  return renderPage({
    title: 'Выход',
    kind: 'logout',
    body: html`<section class="card">
<h1>Выход из Госуслуг</h1>
<p>Выполняется выход из тестовой среды Госуслуг…</p>
${trustedHtml(providerForm)}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary" id="esia-sim-logout">Выйти</button>
<button type="submit" form="op.logoutForm" class="secondary">Остаться</button>
</div>
<script>${trustedHtml(submitLogoutScript)}</script>
</section>`,
  });
}

export function renderLoggedOutPage(): string {
  return renderPage({
    title: 'Вы вышли',
    kind: 'logged-out',
    body: html`<section class="card">
<h1>Вы вышли из Госуслуг</h1>
<p>Сеанс в тестовой среде Госуслуг завершён. Эту вкладку можно закрыть.</p>
</section>`,
  });
}
