import { accountKindLabels, accountLevelLabels, demoCitizens, fullNameOf } from '../citizens';
import { cabinetLink } from './cabinet-link';
import { html, renderPage, type PageKind, type SafeHtml } from './layout';

export interface CitizenLoginPageOptions {
  kind: Extract<PageKind, 'login' | 'cabinet-login'>;
  heading: string;
  /** Posted login + password. */
  loginAction: string;
  /** Posted subject of a one-click test citizen. */
  loginAsAction: string;
  /** What the user typed, kept after a failed attempt. */
  login?: string;
  error?: string;
  /** Shown under the form (links, explanations). */
  footer?: SafeHtml;
}

/** The Госуслуги login form and the one-click test citizens, for sign-ins and for the cabinet alike. */
export function renderCitizenLoginPage(options: CitizenLoginPageOptions): string {
  const { kind, heading, loginAction, loginAsAction, login = '', error, footer } = options;
  const citizenButtons = demoCitizens.map((citizen) => {
    const name = fullNameOf(citizen);
    const kindNote = citizen.account.kind === 'adult' ? '' : html` · ${accountKindLabels[citizen.account.kind]}`;
    return html`<li>
<form method="post" action="${loginAsAction}" data-esia-sim-form="login-as">
<input type="hidden" name="subject" value="${citizen.subject}">
<button type="submit" class="citizen" aria-label="Войти как ${name}">
<span class="name">${name}</span>
<span class="meta">${accountLevelLabels[citizen.level]} учётная запись${kindNote} · ${citizen.demonstrates}</span>
</button>
</form>
</li>`;
  });

  return renderPage({
    title: heading,
    kind,
    body: html`<section class="card">
<h1>${heading}</h1>
${error === undefined ? '' : html`<div class="error" role="alert">${error}</div>`}
<form method="post" action="${loginAction}">
<label for="login">Телефон, почта или СНИЛС</label>
<input type="text" id="login" name="login" value="${login}" autocomplete="username" required autofocus>
<label for="password">Пароль</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit" class="primary">Войти</button></div>
</form>
${footer}
</section>
<section class="card">
<h2>Тестовые пользователи</h2>
<p>Пароль у всех — <code>demo</code>. Или войдите одним нажатием:</p>
<ul class="citizens">${citizenButtons}</ul>
</section>`,
  });
}

export interface LoginPageOptions {
  /** Where the password form and the one-click buttons of this sign-in post. */
  actions: { login: string; loginAs: string };
  login?: string;
  error?: string;
}

/** The login step of a sign-in to an information system (either protocol). */
export function renderLoginPage({ actions, login, error }: LoginPageOptions): string {
  return renderCitizenLoginPage({
    kind: 'login',
    heading: 'Вход',
    loginAction: actions.login,
    loginAsAction: actions.loginAs,
    login,
    error,
    footer: cabinetLink(),
  });
}
