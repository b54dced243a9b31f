import { cabinetPaths } from '../cabinet/paths';
import { html, type SafeHtml } from './html';

/** Where a parent goes to answer a child's consent request. */
export function cabinetLink(): SafeHtml {
  return html`<p><a href="${cabinetPaths.home}">Личный кабинет (согласия для детей)</a></p>`;
}
