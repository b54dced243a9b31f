import { AccountChoice } from '../account-choice';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ChooseAccountMutation } from './sign-in-mutations';
import type { Viewer } from './viewer-types';

export function ChooseAccountStep({ viewer, onDone }: { viewer: Viewer; onDone(): void }) {
  const [state, chooseAccount] = useMutation(ChooseAccountMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <AccountChoice
      accounts={viewer.accountChoices.map((account) => ({
        id: account.id,
        role: account.role.toLowerCase(),
        organisationName: account.organisation.name,
        className: account.className,
      }))}
      defaultAccountId={viewer.accountChoices[0]?.id}
      busy={state.fetching}
      error={error}
      onChoose={async (accountId) => {
        const result = await chooseAccount({ accountId });
        const payload = result.data?.chooseAccount;
        if (payload?.__typename === 'DomainError') setError(payload.message);
        else onDone();
      }}
    />
  );
}
