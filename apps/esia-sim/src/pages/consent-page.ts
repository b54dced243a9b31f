import { html, renderPage } from './layout';
import { informationSystemLabel, renderRequestedData } from './requested-data';

export { informationSystemName } from './requested-data';

export interface ConsentPageOptions {
  /** Where «Предоставить» / «Отказать» post (field decision = grant | deny). */
  action: string;
  clientId: string;
  citizenName: string;
  requestedScopes: ReadonlyArray<string>;
}

export function renderConsentPage({ action, clientId, citizenName, requestedScopes }: ConsentPageOptions): string {
  return renderPage({
    title: 'Предоставление прав доступа',
    kind: 'consent',
    body: html`<section class="card">
<h1>Предоставление прав доступа</h1>
<p>Вы вошли как <strong>${citizenName}</strong>.</p>
<p>Система ${informationSystemLabel(clientId)} запрашивает доступ к следующим данным:</p>
${renderRequestedData(requestedScopes)}
<form method="post" action="${action}" data-esia-sim-form="consent">
<div class="actions">
<button type="submit" name="decision" value="grant" class="primary">Предоставить</button>
<button type="submit" name="decision" value="deny" class="secondary">Отказать</button>
</div>
</form>
</section>`,
  });
}
