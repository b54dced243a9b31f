import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateApiClientMutation } from './api-client-documents';
import { apiClientScopes, sensitiveScope, type ApiClientScope } from './api-client-scopes';
import { OrganisationMultiPicker, type ChosenOrganisations } from './organisation-multi-picker';
import type { IssuedSecret } from './secret-once-panel';

/** The input's fields, as the API names them in its field errors. */
type Field = 'name' | 'scopes' | 'organisationIds' | 'rateLimitPerMinute';
const fields: readonly string[] = ['name', 'scopes', 'organisationIds', 'rateLimitPerMinute'] satisfies Field[];
const isField = (field: string): field is Field => fields.includes(field);

const defaultRateLimit = '60';

/** «Новый клиент API»: the API checks the form; its field errors land next to their fields. */
export function ApiClientForm({ onCreated, onCancel }: { onCreated(issued: IssuedSecret): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiClientScope>>(new Set());
  const [allOrganisations, setAllOrganisations] = useState(true);
  const [chosen, setChosen] = useState<ChosenOrganisations>(new Map());
  const [rateLimit, setRateLimit] = useState(defaultRateLimit);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [state, create] = useMutation(CreateApiClientMutation);

  const toggleScope = (scope: ApiClientScope, on: boolean) =>
    setScopes((previous) => {
      const next = new Set(previous);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });

  function showErrors(fieldErrors: ReadonlyArray<{ field: string; message: string }>) {
    const next: Partial<Record<Field, string>> = {};
    for (const error of fieldErrors) {
      if (isField(error.field) && !next[error.field]) next[error.field] = error.message;
    }
    setErrors(next);
    setFailure(Object.keys(next).length > 0 ? t('apiClients.fixErrors') : t('errors.validation-failed'));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
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
    const payload = result.data?.createApiClient;
    if (payload?.__typename === 'MutationCreateApiClientSuccess')
      return onCreated({ clientName: payload.data.client.name, secret: payload.data.secret });
    if (payload?.__typename === 'ValidationError') return showErrors(payload.fieldErrors);
    setErrors({});
    setFailure(payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown'));
  }

  const errorId = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);
  const fieldError = (field: Field) =>
    errors[field] ? (
      <span className="field-error" id={`${id}-${field}-error`} role="alert">
        {errors[field]}
      </span>
    ) : null;

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2>{t('apiClients.new')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          <span>{t('apiClients.name')}</span>
        </label>
        <input
          id={`${id}-name`}
          value={name}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={[`${id}-name-hint`, errorId('name')].filter(Boolean).join(' ')}
        />
        <span className="hint" id={`${id}-name-hint`}>
          {t('apiClients.nameHint')}
        </span>
        {fieldError('name')}
      </div>

      <fieldset className="readonly-facts field-group" aria-describedby={errorId('scopes')}>
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

      <fieldset className="readonly-facts field-group" aria-describedby={errorId('organisationIds')}>
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
          <OrganisationMultiPicker
            chosen={chosen}
            onChange={setChosen}
            invalid={Boolean(errors.organisationIds)}
            describedBy={errorId('organisationIds')}
          />
        )}
        {fieldError('organisationIds')}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-rate`}>
          <span>{t('apiClients.rateLimit')}</span>
        </label>
        <input
          id={`${id}-rate`}
          type="number"
          inputMode="numeric"
          min={1}
          max={6000}
          step={1}
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
          aria-invalid={errors.rateLimitPerMinute ? true : undefined}
          aria-describedby={[`${id}-rate-hint`, errorId('rateLimitPerMinute')].filter(Boolean).join(' ')}
        />
        <span className="hint" id={`${id}-rate-hint`}>
          {t('apiClients.rateLimitHint')}
        </span>
        {fieldError('rateLimitPerMinute')}
      </div>

      {failure ? (
        <p role="alert" className="error">
          {failure}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={state.fetching}>
          {t('apiClients.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
