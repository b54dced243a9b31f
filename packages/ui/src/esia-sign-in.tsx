import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SignInRole = 'parent' | 'student' | 'staff';

/** Where «Войти через Госуслуги» leads for this role and app. */
export function esiaSignInHref(role: SignInRole, app: 'family' | 'staff'): string {
  return `/auth/esia/login?role=${role}&app=${app}`;
}

/**
 * A plain link, not a form: the redirect chain ends at ESIA, and CSP form-action would block
 * a form whose redirect leaves our origin.
 */
export function EsiaSignIn({ roles, app }: { roles: readonly SignInRole[]; app: 'family' | 'staff' }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<SignInRole>(roles[0]!);
  return (
    <div className="card">
      {roles.length > 1 ? (
        <fieldset className="role-choice">
          <legend>{t('signIn.chooseRole')}</legend>
          {roles.map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
              {t(`signInRoles.${value}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <a className="button button-esia" href={esiaSignInHref(role, app)}>
        {t('signIn.withEsia')}
      </a>
      <p className="hint">{t('signIn.esiaHint')}</p>
    </div>
  );
}
