import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { DomainErrorMessage, type DomainErrorResult } from '../errors/domain-error-message';
import { FormActions } from '../forms/form-actions';
import { useDocumentTitle } from '../document-title';
import { formatDate, formatDateTime } from '../format-date';
import { Loading } from '../loading';
import { useTimeZone } from '../time-zone';
import { SettingsQuery, UnlinkEsiaMutation } from './settings-queries';

/** «Персональные настройки»: whose card this is, and the tie to the ESIA account. */
export function SettingsPage({ app }: { app: 'family' | 'staff' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const timeZone = useTimeZone();
  useDocumentTitle(t('settings.title'), app);
  const [{ data }, refetch] = useQuery({ query: SettingsQuery, requestPolicy: 'network-only' });
  const [unlinkState, unlink] = useMutation(UnlinkEsiaMutation);
  const [confirming, setConfirming] = useState(false);
  const [linking, setLinking] = useState(false);
  const [unlinked, setUnlinked] = useState(false);
  const [error, setError] = useState<DomainErrorResult | null>(null);
  const viewer = data?.viewer;
  if (!viewer) return <Loading />;

  const linkError = params.get('error');
  const roleName = viewer.account ? t(`roles.${viewer.account.role.toLowerCase()}`).toLowerCase() : '';
  const justLinked = params.get('linked') === '1' && viewer.esiaLink && !unlinked;

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section className="card">
        <h2>{t('settings.whose')}</h2>
        <dl className="facts">
          <dt>{t('settings.fullName')}</dt>
          <dd>{viewer.person?.fullName}</dd>
          {viewer.person?.birthDate ? (
            <>
              <dt>{t('settings.birthDate')}</dt>
              <dd>{formatDate(viewer.person.birthDate)}</dd>
            </>
          ) : null}
          <dt>{t('home.role')}</dt>
          <dd>{viewer.account ? t(`roles.${viewer.account.role.toLowerCase()}`) : '—'}</dd>
          <dt>{t('home.organisation')}</dt>
          <dd>{viewer.account?.organisation.name}</dd>
          {viewer.account?.className ? (
            <>
              <dt>{t('home.className')}</dt>
              <dd>{viewer.account.className}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="card">
        <h2>{t('settings.esiaTitle')}</h2>
        {justLinked ? (
          <p role="status" className="success">
            {t('settings.linkedSuccess')}
          </p>
        ) : null}
        {unlinked ? (
          <p role="status" className="success">
            {t('settings.unlinkedSuccess')}
          </p>
        ) : null}
        {linkError ? (
          // Refused at the callback: said in this page's words (no login was entered here), with what did not match.
          <DomainErrorMessage
            error={{
              code: linkError,
              message: t(`settings.linkRefused.${linkError}`, {
                defaultValue: t(`errors.${linkError}`, { defaultValue: t('errors.unknown') }),
              }),
            }}
            mismatches={params.get('mismatches')?.split(',').filter(Boolean)}
          />
        ) : null}
        <p className="lead">
          {viewer.esiaLink
            ? t('settings.linkedSince', { date: formatDateTime(viewer.esiaLink.linkedAt, timeZone) })
            : t('settings.notLinked')}
        </p>

        {!viewer.esiaLink && linking ? (
          <div className="confirm">
            <p>{t('settings.linkWhose', { name: viewer.person?.fullName ?? '', role: roleName })}</p>
            <p role="alert" className="warning">
              {t('settings.linkWarning')}
            </p>
            <div className="actions">
              <a className="button" href={`/auth/esia/link?app=${app}`}>
                {t('common.continue')}
              </a>
              <button type="button" className="button button-secondary" onClick={() => setLinking(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : !viewer.esiaLink ? (
          <button type="button" className="button" onClick={() => setLinking(true)}>
            {t('settings.link')}
          </button>
        ) : confirming ? (
          <div className="confirm">
            <p>{t('settings.unlinkConfirm')}</p>
            {!viewer.canSignInWithoutEsia ? (
              <p role="alert" className="warning">
                {t('settings.unlinkWarning')}
              </p>
            ) : null}
            <DomainErrorMessage error={error} />
            <FormActions
              action={t('settings.unlinkConfirmButton')}
              busy={unlinkState.fetching}
              danger
              onAction={async () => {
                const result = await unlink({});
                const payload = result.data?.unlinkEsia;
                if (payload?.__typename === 'DomainError') return setError(payload);
                setConfirming(false);
                setUnlinked(true);
                refetch({ requestPolicy: 'network-only' });
              }}
              onCancel={() => setConfirming(false)}
            />
          </div>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('settings.unlink')}
          </button>
        )}
      </section>
      <Link href="/">{t('settings.back')}</Link>
    </>
  );
}
