import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { VariablesOf } from '../graphql';
import { FormField } from '../forms/form-field';
import { OrganisationsQuery, OrganisationTypesQuery } from './organisation-queries';

type TypeCode = VariablesOf<typeof OrganisationsQuery>['typeCode'];

/** Chosen organisations by id, with their names to show. */
export type ChosenOrganisations = ReadonlyMap<string, string>;

type Choice =
  /** One organisation (a family's request, a legacy login): choosing another type clears it. */
  (
    | { multiple?: false; value: string | null; onChange(organisationId: string | null): void }
    /** Several (an API client's): what is chosen stays listed while the search moves on to other types. */
    | { multiple: true; chosen: ChosenOrganisations; onChange(next: ChosenOrganisations): void }
  ) & {
    /** The choice has an error: marks the organisations and points them at the message (`describedBy`). */
    invalid?: boolean | undefined;
    describedBy?: string | undefined;
  };

/** Type first, then a searchable list of that type's organisations (the server filters by name). */
export function OrganisationPicker(choice: Choice) {
  const { t } = useTranslation();
  const id = useId();
  const [typeCode, setTypeCode] = useState<TypeCode | ''>('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [{ data: types }] = useQuery({ query: OrganisationTypesQuery });
  const [{ data: found, fetching }] = useQuery({
    query: OrganisationsQuery,
    variables: { typeCode: typeCode as TypeCode, search: deferredSearch || null },
    pause: !typeCode,
  });
  const organisations = found?.organisations.edges.map((edge) => edge.node);

  const toggle = (chosen: ChosenOrganisations, organisation: { id: string; name: string }, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(organisation.id, organisation.name);
    else next.delete(organisation.id);
    return next;
  };

  return (
    <div className="field-group">
      <FormField id={`${id}-type`} label={t('organisationPicker.type')}>
        <select
          id={`${id}-type`}
          value={typeCode}
          onChange={(event) => {
            setTypeCode(event.target.value as TypeCode | '');
            if (!choice.multiple) choice.onChange(null);
          }}
        >
          <option value="">{t('organisationPicker.chooseType')}</option>
          {types?.organisationTypes.edges.map(({ node: type }) => (
            <option key={type.code} value={type.code}>
              {type.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-search`} label={t('organisationPicker.organisation')}>
        <input
          id={`${id}-search`}
          type="search"
          disabled={!typeCode}
          placeholder={typeCode ? t('organisationPicker.search') : t('organisationPicker.chooseTypeFirst')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </FormField>
      {typeCode ? (
        <ul className="choice-list compact" aria-label={t('organisationPicker.organisation')}>
          {organisations?.map((organisation) => (
            <li key={organisation.id}>
              {choice.multiple ? (
                <label className="radio">
                  <input
                    type="checkbox"
                    checked={choice.chosen.has(organisation.id)}
                    aria-invalid={choice.invalid || undefined}
                    aria-describedby={choice.describedBy}
                    onChange={(event) => choice.onChange(toggle(choice.chosen, organisation, event.target.checked))}
                  />
                  {organisation.name}
                </label>
              ) : (
                <label className="radio">
                  <input
                    type="radio"
                    name={`${id}-organisation`}
                    aria-invalid={choice.invalid || undefined}
                    aria-describedby={choice.describedBy}
                    checked={choice.value === organisation.id}
                    onChange={() => choice.onChange(organisation.id)}
                  />
                  {organisation.name}
                </label>
              )}
            </li>
          ))}
          {!fetching && organisations?.length === 0 ? <li className="muted">{t('organisationPicker.none')}</li> : null}
        </ul>
      ) : null}
      {choice.multiple ? (
        <div>
          <p className="hint">
            {choice.chosen.size === 0
              ? t('organisationPicker.nothingChosen')
              : t('organisationPicker.chosen', { count: choice.chosen.size })}
          </p>
          {choice.chosen.size > 0 ? (
            <ul className="chosen-organisations">
              {[...choice.chosen].map(([organisationId, name]) => (
                <li key={organisationId}>
                  {name}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`${t('organisationPicker.remove')}: ${name}`}
                    onClick={() => choice.onChange(toggle(choice.chosen, { id: organisationId, name }, false))}
                  >
                    {t('organisationPicker.remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
