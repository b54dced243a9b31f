import { cabinetPaths, type CabinetNotice } from '../cabinet/paths';
import { html, renderPage } from './layout';
import { informationSystemLabel, renderRequestedData } from './requested-data';

export interface CabinetRequestView {
  id: string;
  childName: string;
  clientId: string;
  scopes: ReadonlyArray<string>;
  requestedAt: Date;
}

export interface CabinetConsentView {
  childName: string;
  clientId: string;
  givenAt: Date;
}

export interface CabinetPageOptions {
  citizenName: string;
  pending: ReadonlyArray<CabinetRequestView>;
  given: ReadonlyArray<CabinetConsentView>;
  notice?: CabinetNotice;
}

const noticeTexts: Readonly<Record<CabinetNotice, string>> = {
  'consent-given': 'Согласие предоставлено',
  'consent-refused': 'В предоставлении согласия отказано',
};

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function renderRequest(request: CabinetRequestView) {
  // data-esia-sim-request lets the test driver find requests without parsing Russian text.
  return html`<li data-esia-sim-request="${request.id}">
<h3>${request.childName}</h3>
<p>Система ${informationSystemLabel(request.clientId)} запрашивает доступ к следующим данным ребёнка:</p>
${renderRequestedData(request.scopes)}
<p class="muted">Запрос от ${dateTime.format(request.requestedAt)}</p>
<div class="actions">
<form method="post" action="${cabinetPaths.give}">
<input type="hidden" name="request" value="${request.id}">
<button type="submit" class="primary">Дать согласие</button>
</form>
<form method="post" action="${cabinetPaths.refuse}">
<input type="hidden" name="request" value="${request.id}">
<button type="submit" class="secondary">Отказать</button>
</form>
</div>
</li>`;
}

function renderConsent(consent: CabinetConsentView) {
  return html`<li>${consent.childName} — система ${informationSystemLabel(consent.clientId)}, согласие от ${dateTime.format(consent.givenAt)}</li>`;
}

export function renderCabinetPage({ citizenName, pending, given, notice }: CabinetPageOptions): string {
  return renderPage({
    title: 'Личный кабинет',
    kind: 'cabinet',
    body: html`<section class="card">
<h1>Личный кабинет</h1>
${notice === undefined ? '' : html`<div class="notice" role="status">${noticeTexts[notice]}</div>`}
<p>Вы вошли как <strong>${citizenName}</strong>.</p>
<form method="post" action="${cabinetPaths.logout}">
<button type="submit" class="secondary">Выйти</button>
</form>
</section>
<section class="card">
<h2>Запросы на согласие</h2>
${
  pending.length === 0
    ? html`<p>Новых запросов нет.</p>`
    : html`<p>Без согласия законного представителя ребёнок не сможет войти в информационную систему.</p>
<ul class="requests">${pending.map(renderRequest)}</ul>`
}
</section>
<section class="card">
<h2>Выданные согласия</h2>
${given.length === 0 ? html`<p>Согласий пока нет.</p>` : html`<ul>${given.map(renderConsent)}</ul>`}
</section>`,
  });
}
