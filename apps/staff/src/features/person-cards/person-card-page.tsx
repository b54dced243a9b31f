import { Loading, formatDate, formatDateTime, useDocumentTitle, useTimeZone } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { accountLabel } from './account-label';
import { EsiaLinkHistory, EsiaLinkHistoryFragment } from './esia-link-history';
import { PersonCardFieldsFragment, PersonCardForm } from './person-card-form';
import { UnlinkEsiaPanel } from './unlink-esia-panel';

const PersonCardQuery = graphql(
  `
    query PersonCard($id: ID!) {
      personCard(id: $id) {
        id
        fullName
        accounts { id role organisationName className disabled }
        parents { id fullName birthDate }
        children { id fullName birthDate }
        esiaLink { id method linkedAt }
        ...PersonCardFields
        ...EsiaLinkHistory
      }
    }
  `,
  [PersonCardFieldsFragment, EsiaLinkHistoryFragment],
);

const sectionGap = { marginTop: '1.5rem' };

/** One person card: facts, editing, the ESIA link and its history. Another organisation's card is «not found». */
export function PersonCardPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PersonCardQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const card = data?.personCard;
  useDocumentTitle(card?.fullName ?? t('personCards.title'), 'staff');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const back = <Link href="/cards">{t('personCards.back')}</Link>;
  if (!card) {
    if (fetching && !data) return <Loading />;
    return (
      <>
        <p role="alert" className={error ? 'error' : undefined}>
          {error ? t('errors.unknown') : t('personCards.notFound')}
        </p>
        {back}
      </>
    );
  }

  return (
    <>
      <p>{back}</p>
      <h1>{card.fullName}</h1>
      {notice ? (
        <p role="status" className="success">
          {notice}
        </p>
      ) : null}

      <section className="card">
        {editing ? (
          <PersonCardForm
            key={card.id}
            card={card}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setNotice(t('personCards.saved'));
              reload();
            }}
          />
        ) : (
          <>
            <h2>{t('personCards.facts')}</h2>
            <CardFacts card={card} />
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('personCards.edit')}
              </button>
            </div>
          </>
        )}
      </section>

      <section className="card">
        <h2>{t('personCards.accounts')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('personCards.organisation')}</th>
              <th scope="col">{t('personCards.rolesAndClasses')}</th>
            </tr>
          </thead>
          <tbody>
            {card.accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.organisationName}</td>
                <td>
                  {accountLabel(t, account)}
                  {account.disabled ? <span className="hint"> ({t('personCards.accountDisabled')})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Relatives title={t('personCards.parents')} people={card.parents} />
        <Relatives title={t('personCards.children')} people={card.children} />
      </section>

      <section className="card">
        <h2>{t('personCards.esiaTitle')}</h2>
        <p className="lead">
          {card.esiaLink
            ? t('personCards.esiaLinkedSince', {
                date: formatDateTime(card.esiaLink.linkedAt, timeZone, 'second'),
                method: t(`personCards.methods.${card.esiaLink.method.toLowerCase()}`, { defaultValue: card.esiaLink.method }),
              })
            : t('personCards.esiaNotLinkedText')}
        </p>
        {card.esiaLink ? (
          <UnlinkEsiaPanel
            cardId={card.id}
            onUnlinked={() => {
              setNotice(t('personCards.unlinked'));
              reload();
            }}
          />
        ) : null}
        <h2 style={sectionGap}>{t('personCards.history')}</h2>
        <EsiaLinkHistory card={card} />
      </section>
    </>
  );
}

function CardFacts(props: { card: FragmentOf<typeof PersonCardFieldsFragment> }) {
  const { t } = useTranslation();
  const card = readFragment(PersonCardFieldsFragment, props.card);
  const dash = t('personCards.notSet');
  const document = card.document
    ? `${card.document.type ? t(`personCards.documentTypes.${card.document.type}`) : card.document.typeCode}: ${[card.document.series, card.document.number].filter(Boolean).join(' ')}`
    : dash;
  const facts: Array<[string, string]> = [
    [t('personCards.lastName'), card.lastName],
    [t('personCards.firstName'), card.firstName],
    [t('personCards.middleName'), card.middleName ?? dash],
    [t('personCards.birthDate'), card.birthDate ? formatDate(card.birthDate) : dash],
    [t('personCards.gender'), card.gender ? t(`personCards.genders.${card.gender.toLowerCase()}`) : dash],
    [t('personCards.snils'), card.snils ?? dash],
    [t('personCards.document'), document],
    [t('personCards.email'), card.email ?? dash],
    [t('personCards.phone'), card.phone ?? dash],
  ];
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Relatives({
  title,
  people,
}: {
  title: string;
  people: ReadonlyArray<{ id: string; fullName: string; birthDate: string | null }>;
}) {
  if (people.length === 0) return null;
  return (
    <>
      <h2 style={sectionGap}>{title}</h2>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <Link href={`/cards/${person.id}`}>{person.fullName}</Link>
            {person.birthDate ? <span className="hint">, {formatDate(person.birthDate)}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
