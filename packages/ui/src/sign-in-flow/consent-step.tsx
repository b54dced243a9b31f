import { ConsentPanel } from '../consent-panel';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DeclineConsentMutation, GiveConsentMutation } from './sign-in-mutations';
import type { Viewer } from './viewer-types';

export function ConsentStep({ viewer, onDone, onDeclined }: { viewer: Viewer; onDone(): void; onDeclined(): void }) {
  const [give, giveConsent] = useMutation(GiveConsentMutation);
  const [decline, declineConsent] = useMutation(DeclineConsentMutation);
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation();

  return (
    <ConsentPanel
      title={t('consent.title')}
      lead={
        <>
          {viewer.esiaFullName ? <p className="lead">{viewer.esiaFullName}</p> : null}
          <p>{t('consent.intro')}</p>
        </>
      }
      items={viewer.consentScopes.map((scope) => t(`esiaScopes.${scope}`, { defaultValue: scope }))}
      hint={t('consent.purpose')}
      acceptLabel={t('consent.accept')}
      declineLabel={t('consent.decline')}
      busy={give.fetching || decline.fetching}
      error={error}
      onAccept={async () => {
        const result = await giveConsent({});
        const payload = result.data?.giveConsent;
        if (payload?.__typename === 'DomainError') setError(payload.message);
        else onDone();
      }}
      onDecline={async () => {
        const result = await declineConsent({});
        const payload = result.data?.declineConsent;
        if (payload?.__typename === 'DomainError') setError(payload.message);
        else onDeclined();
      }}
    />
  );
}
