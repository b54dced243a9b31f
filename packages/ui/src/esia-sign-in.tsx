import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SignInRole = 'parent' | 'student' | 'staff';

/** Where «Войти через Госуслуги» leads for this role and app (and, when a regional system sent the visitor, its sign-in). */
export function esiaSignInHref(role: SignInRole, app: 'family' | 'staff', interaction?: string): string {
  return `/auth/esia/login?${new URLSearchParams({ role, app, ...(interaction ? { interaction } : {}) })}`;
}

/**
 * A plain link, not a form: the redirect chain ends at ESIA, and CSP form-action would block
 * a form whose redirect leaves our origin. `interaction`: a regional system's sign-in that this
 * one continues (the browser returns to the system afterwards).
 */
export function EsiaSignIn({ roles, app, interaction }: { roles: readonly SignInRole[]; app: 'family' | 'staff'; interaction?: string }) {
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
      <a className="button button-esia" href={esiaSignInHref(role, app, interaction)}>
        {t('signIn.withEsia')}
      </a>
      <p className="hint">{t('signIn.esiaHint')}</p>
    </div>
  );
}
