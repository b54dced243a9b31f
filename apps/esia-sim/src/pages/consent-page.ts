import { esiaScopeLabels, isEsiaScope, kidScopes, type EsiaScope } from '../claims';
import { interactionPaths } from '../interactions/paths';
import { html, renderPage } from './layout';

/** How ESIA calls the information system on the consent page; the client id follows in brackets. */
export const informationSystemName = 'Вход в Сетевой город';

export interface ConsentPageOptions {
  uid: string;
  clientId: string;
  citizenName: string;
  requestedScopes: ReadonlyArray<string>;
}

export function renderConsentPage({ uid, clientId, citizenName, requestedScopes }: ConsentPageOptions): string {
  const scopes = requestedScopes.filter(isEsiaScope);
  const kidLabels = scopes
    .filter((scope): scope is EsiaScope => (kidScopes as ReadonlyArray<string>).includes(scope))
    .map((scope) => esiaScopeLabels[scope]);
  const ownItems = scopes
    .filter((scope) => !(kidScopes as ReadonlyArray<string>).includes(scope))
    .map((scope) => html`<li>${esiaScopeLabels[scope]}</li>`);
  const kidItem =
    kidLabels.length === 0
      ? ''
      : html`<li>Сведения о детях:<ul>${kidLabels.map((label) => html`<li>${label}</li>`)}</ul></li>`;

  return renderPage({
    title: 'Предоставление прав доступа',
    kind: 'consent',
    body: html`<section class="card">
<h1>Предоставление прав доступа</h1>
<p>Вы вошли как <strong>${citizenName}</strong>.</p>
<p>Система «${informationSystemName}» (${clientId}) запрашивает доступ к следующим данным:</p>
<ul>${ownItems}${kidItem}</ul>
<form method="post" action="${interactionPaths.consent(uid)}">
<div class="actions">
<button type="submit" name="decision" value="grant" class="primary">Предоставить</button>
<button type="submit" name="decision" value="deny" class="secondary">Отказать</button>
</div>
</form>
</section>`,
  });
}
