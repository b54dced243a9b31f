import type { ResultOf } from '@vhod/ui/graphql';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format-date-time';
import type { PersonCardQuery } from './person-card-documents';

type Entry = NonNullable<ResultOf<typeof PersonCardQuery>['personCard']>['esiaLinkHistory'][number];
type Actor = Entry['linkedBy'];

function actorText(t: TFunction, actor: Actor, fallback: string): string {
  if (!actor) return fallback;
  if (actor.isCardOwner) return t('personCards.bySelf', { name: actor.fullName });
  return t('personCards.byStaff', {
    name: actor.fullName,
    role: t(`personCards.roles.${actor.role.toLowerCase()}`, { defaultValue: actor.role }),
  });
}

/** Every link the card had with an ESIA account: when, how and by whom it was made and removed. */
export function EsiaLinkHistory({ entries }: { entries: readonly Entry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="hint">{t('personCards.historyEmpty')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('personCards.linkedAt')}</th>
          <th scope="col">{t('personCards.method')}</th>
          <th scope="col">{t('personCards.linkedBy')}</th>
          <th scope="col">{t('personCards.unlinkedAt')}</th>
          <th scope="col">{t('personCards.unlinkedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatDateTime(entry.linkedAt)}</td>
            <td>{t(`personCards.methods.${entry.method.toLowerCase()}`, { defaultValue: entry.method })}</td>
            <td>{actorText(t, entry.linkedBy, t('personCards.nobody'))}</td>
            <td>
              {entry.unlinkedAt ? (
                formatDateTime(entry.unlinkedAt)
              ) : (
                <span className="status status-resolved">{t('personCards.active')}</span>
              )}
            </td>
            <td>{entry.unlinkedAt ? actorText(t, entry.unlinkedBy, '—') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
