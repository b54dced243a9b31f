import { accountKindLabels, accountLevelLabels, demoCitizens, fullNameOf } from '../citizens';
import { tokenIssuerOf } from '../esia/esia-tokens';
import { esiaPaths } from '../esia/paths';
import { cabinetLink } from './cabinet-link';
import { html, renderPage } from './layout';

export function renderIndexPage(issuer: string): string {
  const discoveryUrl = `${issuer}/.well-known/openid-configuration`;
  const rows = demoCitizens.map(
    (citizen) => html`<tr>
<td><code>${citizen.subject}</code></td>
<td>${fullNameOf(citizen)}</td>
<td>${accountLevelLabels[citizen.level]}${
      citizen.account.kind === 'adult' ? '' : html`<br><span class="muted">${accountKindLabels[citizen.account.kind]}</span>`
    }</td>
<td>${citizen.phone === undefined && citizen.email === undefined ? '—' : html`${citizen.phone}<br>${citizen.email}`}</td>
<td>${citizen.kids.length === 0 ? '—' : citizen.kids.map((kid) => html`${fullNameOf(kid)}<br>`)}</td>
<td>${citizen.demonstrates}</td>
</tr>`,
  );
  return renderPage({
    title: 'Тестовая среда',
    kind: 'index',
    body: html`<section class="card">
<h1>Тестовый поставщик входа (ЕСИА)</h1>
<p>Протокол ЕСИА: вход <code>${esiaPaths.authorize}</code>, маркеры <code>${esiaPaths.token}</code>, данные <code>${esiaPaths.persons}/{oid}</code>, выход <code>${esiaPaths.logout}</code>. Издатель маркеров (iss): <code>${tokenIssuerOf(issuer)}</code>; маркеры подписаны ключом тестовой среды (ГОСТ Р 34.10-2012).</p>
<p>Режим OpenID Connect: издатель <code>${issuer}</code>, описание <a href="${discoveryUrl}"><code>${discoveryUrl}</code></a></p>
<p>Пароль у всех тестовых пользователей — <code>demo</code>.</p>
${cabinetLink()}
</section>
<section class="card">
<h2>Тестовые пользователи</h2>
<table>
<thead><tr><th>sub</th><th>ФИО</th><th>Учётная запись</th><th>Контакты</th><th>Дети</th><th>Что показывает</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`,
  });
}
