import { oidcClientInputFields } from '@vhod/domain';
import { FormActions, FormFailure, FormField, useFormErrors } from '@vhod/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { IssuedSecret } from '../../shared/secret-once-panel';
import { toggled } from '../../shared/toggled';
import {
  CreateOidcClientMutation,
  oidcClientAuthMethods,
  oidcClientScopes,
  type OidcClientAuthMethod,
  type OidcClientScope,
} from './oidc-client-documents';

/** The input's fields, as the API names them in its field errors. */
const fieldOf = (field: string) => oidcClientInputFields.find((known) => known === field) ?? null;

/** One address per line; blank lines are nothing. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A system the regional administrator registers; without a secret (keys, public client) nothing is shown once. */
export interface RegisteredSystem {
  clientId: string;
  issued: IssuedSecret | null;
}

/** «Новая система»: the API checks the form; its field errors land next to their fields. */
export function OidcClientForm({ onCreated, onCancel }: { onCreated(system: RegisteredSystem): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [redirectUris, setRedirectUris] = useState('');
  const [postLogoutRedirectUris, setPostLogoutRedirectUris] = useState('');
  const [backChannelLogoutUri, setBackChannelLogoutUri] = useState('');
  const [startUrl, setStartUrl] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<OidcClientScope>>(new Set(['PROFILE', 'SCHOOL_ACCOUNT']));
  const [trusted, setTrusted] = useState(false);
  const [authMethod, setAuthMethod] = useState<OidcClientAuthMethod>('CLIENT_SECRET_BASIC');
  const [jwks, setJwks] = useState('');
  const [pairwise, setPairwise] = useState(false);
  const { id, errors, clear, settle, failure, ariaOf, errorIdOf, fieldError } = useFormErrors({
    fieldOf,
    fixErrors: t('oidcClients.fixErrors'),
  });
  const [state, create] = useMutation(CreateOidcClientMutation);

  const toggleScope = (scope: OidcClientScope, on: boolean) => setScopes((previous) => toggled(previous, scope, on));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    clear();
    const result = await create({
      input: {
        name,
        redirectUris: linesOf(redirectUris),
        postLogoutRedirectUris: linesOf(postLogoutRedirectUris),
        backChannelLogoutUri: backChannelLogoutUri.trim() || null,
        startUrl: startUrl.trim() || null,
        scopes: oidcClientScopes.filter((scope) => scopes.has(scope)),
        trusted,
        authMethod,
        jwks: authMethod === 'PRIVATE_KEY_JWT' ? jwks : null,
        pairwise,
      },
    });
    settle(result.data?.createOidcClient, ({ data }) =>
      onCreated({
        clientId: data.client.clientId,
        issued: data.secret ? { clientName: data.client.name, secret: data.secret } : null,
      }),
    );
  }

  /** A text field with its hint; a list of addresses is a textarea, one a line. */
  const addressField = (
    field: 'name' | 'redirectUris' | 'postLogoutRedirectUris' | 'backChannelLogoutUri' | 'startUrl',
    value: string,
    onChange: (value: string) => void,
  ) => {
    const control = {
      id: `${id}-${field}`,
      value,
      spellCheck: false,
      ...ariaOf(field, `${id}-${field}-hint`),
    };
    return (
      <FormField id={control.id} label={t(`oidcClients.fields.${field}`)} error={fieldError(field)}>
        {field === 'redirectUris' || field === 'postLogoutRedirectUris' ? (
          <textarea rows={2} {...control} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            type={field === 'name' ? 'text' : 'url'}
            autoComplete="off"
            {...control}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
        <span className="hint" id={`${id}-${field}-hint`}>
          {t(`oidcClients.hints.${field}`)}
        </span>
      </FormField>
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2>{t('oidcClients.new')}</h2>
      {addressField('name', name, setName)}
      {addressField('redirectUris', redirectUris, setRedirectUris)}
      {addressField('postLogoutRedirectUris', postLogoutRedirectUris, setPostLogoutRedirectUris)}
      {addressField('backChannelLogoutUri', backChannelLogoutUri, setBackChannelLogoutUri)}
      {addressField('startUrl', startUrl, setStartUrl)}

      <fieldset className="readonly-facts field-group" aria-describedby={errorIdOf('scopes')}>
        <legend>{t('oidcClients.fields.scopes')}</legend>
        <p className="hint">{t('oidcClients.hints.scopes')}</p>
        {oidcClientScopes.map((scope) => (
          <label key={scope} className="scope-option">
            <input type="checkbox" checked={scopes.has(scope)} onChange={(event) => toggleScope(scope, event.target.checked)} />
            <span>
              <strong>{t(`oidcScopes.${scope}`)}</strong>
              <span className="hint">{t(`oidcClients.scopeHints.${scope}`)}</span>
            </span>
          </label>
        ))}
        {fieldError('scopes')}
      </fieldset>

      <fieldset className="readonly-facts field-group" aria-describedby={errorIdOf('authMethod')}>
        <legend>{t('oidcClients.fields.authMethod')}</legend>
        {oidcClientAuthMethods.map((method) => (
          <label key={method} className="radio">
            <input type="radio" name={`${id}-auth`} checked={authMethod === method} onChange={() => setAuthMethod(method)} />
            <span>
              {t(`oidcClients.authMethods.${method}`)}
              <span className="hint"> — {t(`oidcClients.authMethodHints.${method}`)}</span>
            </span>
          </label>
        ))}
        {fieldError('authMethod')}
      </fieldset>

      {authMethod === 'PRIVATE_KEY_JWT' ? (
        <FormField id={`${id}-jwks`} label={t('oidcClients.fields.jwks')} error={fieldError('jwks')}>
          <textarea
            id={`${id}-jwks`}
            rows={5}
            value={jwks}
            spellCheck={false}
            onChange={(event) => setJwks(event.target.value)}
            {...ariaOf('jwks', `${id}-jwks-hint`)}
          />
          <span className="hint" id={`${id}-jwks-hint`}>
            {t('oidcClients.hints.jwks')}
          </span>
        </FormField>
      ) : null}

      <fieldset className="readonly-facts field-group">
        <legend>{t('oidcClients.fields.options')}</legend>
        {(
          [
            ['trusted', trusted, setTrusted],
            ['pairwise', pairwise, setPairwise],
          ] as const
        ).map(([field, checked, set]) => (
          <div key={field}>
            <label className="scope-option">
              <input
                type="checkbox"
                checked={checked}
                onChange={(event) => set(event.target.checked)}
                aria-invalid={Boolean(errors[field])}
                aria-describedby={errorIdOf(field)}
              />
              <span>
                <strong>{t(`oidcClients.fields.${field}`)}</strong>
                <span className="hint">{t(`oidcClients.hints.${field}`)}</span>
              </span>
            </label>
            {fieldError(field)}
          </div>
        ))}
      </fieldset>

      <FormFailure message={failure} />
      <FormActions action={t('oidcClients.create')} busy={state.fetching} onCancel={onCancel} />
    </form>
  );
}
