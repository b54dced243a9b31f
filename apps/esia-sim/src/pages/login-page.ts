import { accountLevelLabels, demoCitizens, fullNameOf } from '../citizens';
import { interactionPaths } from '../interactions/paths';
import { html, renderPage } from './layout';

export interface LoginPageOptions {
  uid: string;
  /** What the user typed, kept after a failed attempt. */
  login?: string;
  error?: string;
}

export function renderLoginPage({ uid, login = '', error }: LoginPageOptions): string {
  const citizenButtons = demoCitizens.map((citizen) => {
    const name = fullNameOf(citizen);
    return html`<li>
<form method="post" action="${interactionPaths.loginAs(uid)}">
<input type="hidden" name="subject" value="${citizen.subject}">
<button type="submit" class="citizen" aria-label="Войти как ${name}">
<span class="name">${name}</span>
<span class="meta">${accountLevelLabels[citizen.level]} учётная запись · ${citizen.demonstrates}</span>
</button>
</form>
</li>`;
  });

  return renderPage({
    title: 'Вход',
    kind: 'login',
    body: html`<section class="card">
<h1>Вход</h1>
${error === undefined ? '' : html`<div class="error" role="alert">${error}</div>`}
<form method="post" action="${interactionPaths.login(uid)}">
<label for="login">Телефон, почта или СНИЛС</label>
<input type="text" id="login" name="login" value="${login}" autocomplete="username" required autofocus>
<label for="password">Пароль</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit" class="primary">Войти</button></div>
</form>
</section>
<section class="card">
<h2>Тестовые пользователи</h2>
<p>Пароль у всех — <code>demo</code>. Или войдите одним нажатием:</p>
<ul class="citizens">${citizenButtons}</ul>
</section>`,
  });
}
