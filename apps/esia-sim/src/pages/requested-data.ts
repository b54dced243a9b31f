import { esiaScopeLabels, isEsiaScope, kidScopes, type EsiaScope } from '../claims';
import { html, type SafeHtml } from './html';

/** How ESIA calls the information system; the client id follows in brackets. */
export const informationSystemName = 'Вход в Сетевой город';

export function informationSystemLabel(clientId: string): SafeHtml {
  return html`«${informationSystemName}» (${clientId})`;
}

function isKidScope(scope: EsiaScope): boolean {
  return (kidScopes as ReadonlyArray<string>).includes(scope);
}

/** The requested scopes as ESIA lists them: own data first, the children's grouped under one item. */
export function renderRequestedData(requestedScopes: ReadonlyArray<string>): SafeHtml {
  const scopes = requestedScopes.filter(isEsiaScope);
  const ownItems = scopes.filter((scope) => !isKidScope(scope)).map((scope) => html`<li>${esiaScopeLabels[scope]}</li>`);
  const kidLabels = scopes.filter(isKidScope).map((scope) => esiaScopeLabels[scope]);
  const kidItem =
    kidLabels.length === 0 ? '' : html`<li>Сведения о детях:<ul>${kidLabels.map((label) => html`<li>${label}</li>`)}</ul></li>`;
  return html`<ul>${ownItems}${kidItem}</ul>`;
}
