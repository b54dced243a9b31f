import { formatDateTime, useTimeZone } from '@vhod/ui';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '@vhod/ui/graphql';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const EsiaLinkHistoryFragment = graphql(`
  fragment EsiaLinkHistory on PersonCard {
    esiaLinkHistory {
      id
      method
      linkedAt
      linkedBy { fullName role isCardOwner }
      unlinkedAt
      unlinkedBy { fullName role isCardOwner }
    }
  }
`);

type Actor = ResultOf<typeof EsiaLinkHistoryFragment>['esiaLinkHistory'][number]['linkedBy'];

function actorText(t: TFunction, actor: Actor, fallback: string): string {
  if (!actor) return fallback;
  if (actor.isCardOwner) return t('personCards.bySelf', { name: actor.fullName });
  return t('personCards.byStaff', {
    name: actor.fullName,
    role: t(`personCards.roles.${actor.role.toLowerCase()}`, { defaultValue: actor.role }),
  });
}

/** Every link the card had with an ESIA account: when, how and by whom it was made and removed. */
export function EsiaLinkHistory({ card }: { card: FragmentOf<typeof EsiaLinkHistoryFragment> }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const entries = readFragment(EsiaLinkHistoryFragment, card).esiaLinkHistory;
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
            <td>{formatDateTime(entry.linkedAt, timeZone, 'second')}</td>
            <td>{t(`personCards.methods.${entry.method.toLowerCase()}`, { defaultValue: entry.method })}</td>
            <td>{actorText(t, entry.linkedBy, t('personCards.nobody'))}</td>
            <td>
              {entry.unlinkedAt ? (
                formatDateTime(entry.unlinkedAt, timeZone, 'second')
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
