import { FormActions, FormFailure, FormField, OrganisationPicker, useFormErrors, type ChosenOrganisations } from '@vhod/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateApiClientMutation } from './api-client-documents';
import { apiClientScopes, sensitiveScope, type ApiClientScope } from './api-client-scopes';
import type { IssuedSecret } from '../../shared/secret-once-panel';
import { toggled } from '../../shared/toggled';

/** The input's fields, as the API names them in its field errors. */
const fields = ['name', 'scopes', 'organisationIds', 'rateLimitPerMinute'] as const;
const fieldOf = (field: string) => fields.find((known) => known === field) ?? null;

const defaultRateLimit = '60';

/** «Новый клиент API»: the API checks the form; its field errors land next to their fields. */
export function ApiClientForm({ onCreated, onCancel }: { onCreated(issued: IssuedSecret): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiClientScope>>(new Set());
  const [allOrganisations, setAllOrganisations] = useState(true);
  const [chosen, setChosen] = useState<ChosenOrganisations>(new Map());
  const [rateLimit, setRateLimit] = useState(defaultRateLimit);
  const { id, errors, showErrors, clear, settle, failure, ariaOf, errorIdOf, fieldError } = useFormErrors({
    fieldOf,
    fixErrors: t('apiClients.fixErrors'),
  });
  const [state, create] = useMutation(CreateApiClientMutation);

  const toggleScope = (scope: ApiClientScope, on: boolean) => setScopes((previous) => toggled(previous, scope, on));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    clear();
    // A blank limit means the API's default; anything else must be a whole number before GraphQL's Int takes it.
    const limit = rateLimit.trim() === '' ? null : Number(rateLimit);
    if (limit !== null && !Number.isSafeInteger(limit))
      return showErrors([{ field: 'rateLimitPerMinute', message: t('validation.rate-limit') }]);
    const result = await create({
      input: {
        name,
        scopes: apiClientScopes.filter((scope) => scopes.has(scope)),
        organisationIds: allOrganisations ? null : [...chosen.keys()],
        rateLimitPerMinute: limit,
      },
    });
    settle(result.data?.createApiClient, ({ data }) => onCreated({ clientName: data.client.name, secret: data.secret }));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2>{t('apiClients.new')}</h2>
      <FormField id={`${id}-name`} label={t('apiClients.name')} error={fieldError('name')}>
        <input
          id={`${id}-name`}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          {...ariaOf('name', `${id}-name-hint`)}
        />
        <span className="hint" id={`${id}-name-hint`}>
          {t('apiClients.nameHint')}
        </span>
      </FormField>

      <fieldset className="readonly-facts field-group" aria-describedby={errorIdOf('scopes')}>
        <legend>{t('apiClients.scopes')}</legend>
        {apiClientScopes.map((scope) => (
          <label key={scope} className={scope === sensitiveScope ? 'scope-option scope-sensitive' : 'scope-option'}>
            <input
              type="checkbox"
              checked={scopes.has(scope)}
              onChange={(event) => toggleScope(scope, event.target.checked)}
              aria-describedby={`${id}-${scope}-hint`}
            />
            <span>
              <strong>{t(`apiClients.scopeNames.${scope}`)}</strong>
              {scope === sensitiveScope ? <span className="badge-sensitive">{t('apiClients.sensitive')}</span> : null}
              <span className="hint" id={`${id}-${scope}-hint`}>
                {t(`apiClients.scopeHints.${scope}`)}
              </span>
            </span>
          </label>
        ))}
        {fieldError('scopes')}
      </fieldset>

      <fieldset className="readonly-facts field-group" aria-describedby={errorIdOf('organisationIds')}>
        <legend>{t('apiClients.organisations')}</legend>
        <label className="radio">
          <input type="radio" name={`${id}-organisations`} checked={allOrganisations} onChange={() => setAllOrganisations(true)} />
          {t('apiClients.allOrganisations')}
        </label>
        <label className="radio">
          <input type="radio" name={`${id}-organisations`} checked={!allOrganisations} onChange={() => setAllOrganisations(false)} />
          {t('apiClients.chosenOrganisations')}
        </label>
        {allOrganisations ? null : (
          <OrganisationPicker
            multiple
            chosen={chosen}
            onChange={setChosen}
            invalid={Boolean(errors.organisationIds)}
            describedBy={errorIdOf('organisationIds')}
          />
        )}
        {fieldError('organisationIds')}
      </fieldset>

      <FormField id={`${id}-rate`} label={t('apiClients.rateLimit')} error={fieldError('rateLimitPerMinute')}>
        <input
          id={`${id}-rate`}
          type="number"
          inputMode="numeric"
          min={1}
          max={6000}
          step={1}
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
          {...ariaOf('rateLimitPerMinute', `${id}-rate-hint`)}
        />
        <span className="hint" id={`${id}-rate-hint`}>
          {t('apiClients.rateLimitHint')}
        </span>
      </FormField>

      <FormFailure message={failure} />
      <FormActions action={t('apiClients.create')} busy={state.fetching} onCancel={onCancel} />
    </form>
  );
}
