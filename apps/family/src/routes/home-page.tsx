import { AccountSummary, formatDateTime, useTimeZone, type Viewer } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';

export const HomeQuery = graphql(`
  query Home {
    viewer {
      children { personId fullName organisationName className }
      systems { name startUrl }
      account { id previousEsiaSignInAt }
    }
  }
`);

/**
 * After sign-in, somewhere to go: whose account this is, a parent's children, the regional
 * systems one enters with the same sign-in, «Мои обращения», and the previous ESIA sign-in.
 */
export function HomePage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [{ data }] = useQuery({ query: HomeQuery });
  const home = data?.viewer;
  const viaEsia = viewer.signInMethod === 'ESIA';
  const previous = home?.account?.previousEsiaSignInAt;
  return (
    <>
      <AccountSummary viewer={viewer}>
        {viaEsia && home ? (
          <p className="hint">
            {previous ? t('home.previousEsiaSignIn', { date: formatDateTime(previous, timeZone) }) : t('home.firstEsiaSignIn')}
          </p>
        ) : null}
        {viaEsia ? (
          <p>
            <Link href="/my-requests">{t('accessRequest.myRequests')}</Link>
          </p>
        ) : null}
      </AccountSummary>
      {home?.children.length ? (
        <section className="card" aria-labelledby="home-children">
          <h2 id="home-children">{t('home.children')}</h2>
          <ul className="plain-list">
            {home.children.map((child) => (
              <li key={`${child.personId} ${child.organisationName ?? ''}`}>
                <strong>{child.fullName}</strong>
                <span className="muted">
                  {' — '}
                  {child.organisationName
                    ? [child.organisationName, child.className].filter(Boolean).join(', ')
                    : t('home.childWithoutOrganisation')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {home?.systems.length ? (
        <section className="card" aria-labelledby="home-systems">
          <h2 id="home-systems">{t('home.systems')}</h2>
          <p className="hint">{t('home.systemsHint')}</p>
          <ul className="plain-list">
            {home.systems.map((system) => (
              <li key={system.startUrl}>
                <a href={system.startUrl}>{system.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
