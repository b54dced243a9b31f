import { cabinetPaths } from '../cabinet/paths';
import { html } from './layout';
import { renderCitizenLoginPage } from './login-page';

export interface CabinetLoginPageOptions {
  login?: string;
  error?: string;
}

export function renderCabinetLoginPage({ login, error }: CabinetLoginPageOptions): string {
  return renderCitizenLoginPage({
    kind: 'cabinet-login',
    heading: 'Вход в личный кабинет',
    loginAction: cabinetPaths.login,
    loginAsAction: cabinetPaths.loginAs,
    login,
    error,
    footer: html`<p>В личном кабинете родитель даёт согласие на вход своих детей в информационные системы.</p>`,
  });
}
