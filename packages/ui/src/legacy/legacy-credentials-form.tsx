import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainErrorMessage, type DomainErrorResult } from '../errors/domain-error-message';
import { OrganisationPicker } from '../organisations/organisation-picker';

export interface LegacyCredentials {
  organisationId: string;
  login: string;
  password: string;
}

export interface LegacyFormError extends DomainErrorResult {
  linkMismatches?: readonly string[];
}

interface LegacyCredentialsFormProps {
  busy: boolean;
  /** Resolves to an error to show, or null when the caller moved on. */
  onSubmit(credentials: LegacyCredentials): Promise<LegacyFormError | null>;
}

/** Organisation, then the school-issued login and password: for linking and for legacy sign-in. */
export function LegacyCredentialsForm({ busy, onSubmit }: LegacyCredentialsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<LegacyFormError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!organisationId) {
      setError({ code: 'ORGANISATION_NOT_FOUND', message: t('errors.organisation-not-found') });
      return;
    }
    const result = await onSubmit({ organisationId, login, password });
    setError(result);
    if (result) setPassword('');
  }

  return (
    <form onSubmit={submit} className="form">
      <OrganisationPicker value={organisationId} onChange={setOrganisationId} />
      <label className="field" htmlFor={`${id}-login`}>
        <span>{t('legacy.login')}</span>
        <input id={`${id}-login`} autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
      </label>
      <label className="field" htmlFor={`${id}-password`}>
        <span>{t('legacy.password')}</span>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <DomainErrorMessage error={error} mismatches={error?.linkMismatches?.map((code) => code.toLowerCase().replaceAll('_', '-'))} />
      <button type="submit" className="button" disabled={busy}>
        {t('legacy.submit')}
      </button>
    </form>
  );
}
