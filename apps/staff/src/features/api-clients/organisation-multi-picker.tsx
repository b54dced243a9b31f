import type { ResultOf } from '@vhod/ui/graphql';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OrganisationSearchQuery, OrganisationTypesQuery } from './api-client-documents';

type TypeCode = ResultOf<typeof OrganisationTypesQuery>['organisationTypes']['edges'][number]['node']['code'];

/** Chosen organisations by id, with their names to show. */
export type ChosenOrganisations = ReadonlyMap<string, string>;

/**
 * Several organisations, found by type and a part of the name (the server searches); what is
 * chosen stays listed while the search moves on to other types.
 */
export function OrganisationMultiPicker({
  chosen,
  onChange,
  invalid,
  describedBy,
}: {
  chosen: ChosenOrganisations;
  onChange(next: ChosenOrganisations): void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [typeCode, setTypeCode] = useState<TypeCode | ''>('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [{ data: types }] = useQuery({ query: OrganisationTypesQuery });
  const [{ data: found, fetching }] = useQuery({
    query: OrganisationSearchQuery,
    variables: { typeCode: typeCode as TypeCode, search: deferredSearch || null },
    pause: !typeCode,
  });

  const toggle = (organisation: { id: string; name: string }, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(organisation.id, organisation.name);
    else next.delete(organisation.id);
    onChange(next);
  };

  return (
    <div className="field-group organisation-multi-picker">
      <div className="field">
        <label htmlFor={`${id}-type`}>
          <span>{t('apiClients.organisationType')}</span>
        </label>
        <select id={`${id}-type`} value={typeCode} onChange={(event) => setTypeCode(event.target.value as TypeCode | '')}>
          <option value="">{t('apiClients.chooseType')}</option>
          {types?.organisationTypes.edges.map(({ node: type }) => (
            <option key={type.code} value={type.code}>
              {type.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>
          <span>{t('apiClients.searchOrganisation')}</span>
        </label>
        <input id={`${id}-search`} type="search" disabled={!typeCode} value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {typeCode ? (
        <ul className="choice-list compact" aria-label={t('apiClients.organisations')}>
          {found?.organisations.edges.map(({ node: organisation }) => (
            <li key={organisation.id}>
              <label className="radio">
                <input
                  type="checkbox"
                  checked={chosen.has(organisation.id)}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => toggle(organisation, event.target.checked)}
                />
                {organisation.name}
              </label>
            </li>
          ))}
          {!fetching && found?.organisations.edges.length === 0 ? <li className="muted">{t('apiClients.noOrganisationsFound')}</li> : null}
        </ul>
      ) : null}
      <div>
        <p className="hint">{chosen.size === 0 ? t('apiClients.nothingChosen') : t('apiClients.chosen', { count: chosen.size })}</p>
        {chosen.size > 0 ? (
          <ul className="chosen-organisations">
            {[...chosen].map(([organisationId, name]) => (
              <li key={organisationId}>
                {name}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('apiClients.removeOrganisation')}: ${name}`}
                  onClick={() => toggle({ id: organisationId, name }, false)}
                >
                  {t('apiClients.removeOrganisation')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
