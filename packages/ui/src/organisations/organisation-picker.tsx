import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { VariablesOf } from '../graphql';
import { OrganisationsQuery, OrganisationTypesQuery } from './organisation-queries';

type TypeCode = VariablesOf<typeof OrganisationsQuery>['typeCode'];

/** Type first, then a searchable list of that type's organisations (the server filters by name). */
export function OrganisationPicker({ value, onChange }: { value: string | null; onChange(organisationId: string | null): void }) {
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

  return (
    <div className="field-group">
      <label className="field" htmlFor={`${id}-type`}>
        <span>{t('legacy.organisationType')}</span>
        <select
          id={`${id}-type`}
          value={typeCode}
          onChange={(event) => {
            setTypeCode(event.target.value as TypeCode);
            onChange(null);
          }}
        >
          <option value="">{t('legacy.chooseType')}</option>
          {types?.organisationTypes.edges.map(({ node: type }) => (
            <option key={type.code} value={type.code}>
              {type.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-search`}>
        <span>{t('legacy.organisation')}</span>
        <input
          id={`${id}-search`}
          type="search"
          disabled={!typeCode}
          placeholder={typeCode ? t('legacy.searchOrganisation') : t('legacy.chooseTypeFirst')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {typeCode ? (
        <ul className="choice-list compact" aria-label={t('legacy.organisation')}>
          {organisations?.map((organisation) => (
            <li key={organisation.id}>
              <label className="radio">
                <input
                  type="radio"
                  name={`${id}-organisation`}
                  checked={value === organisation.id}
                  onChange={() => onChange(organisation.id)}
                />
                {organisation.name}
              </label>
            </li>
          ))}
          {!fetching && organisations?.length === 0 ? <li className="muted">{t('legacy.noOrganisations')}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
