import { ConsentPanel } from '../consent-panel';
import { useState } from 'react';
import { useMutation } from 'urql';
import { DeclineConsentMutation, GiveConsentMutation } from './sign-in-mutations';
import type { Viewer } from './viewer-types';

export function ConsentStep({ viewer, onDone, onDeclined }: { viewer: Viewer; onDone(): void; onDeclined(): void }) {
  const [give, giveConsent] = useMutation(GiveConsentMutation);
  const [decline, declineConsent] = useMutation(DeclineConsentMutation);
  const [error, setError] = useState<string | null>(null);

  return (
    <ConsentPanel
      name={viewer.esiaFullName}
      scopes={viewer.consentScopes}
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
