import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface AccountOption {
  id: string;
  role: string;
  organisationName: string;
  className?: string | null | undefined;
}

interface AccountChoiceProps {
  accounts: readonly AccountOption[];
  /** The account used last time comes first and is preselected. */
  defaultAccountId?: string | undefined;
  busy: boolean;
  error?: string | null | undefined;
  onChoose(accountId: string): void;
}

export function AccountChoice({ accounts, defaultAccountId, busy, error, onChoose }: AccountChoiceProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(defaultAccountId ?? accounts[0]?.id);
  return (
    <section className="card">
      <h1>{t('chooseAccount.title')}</h1>
      <p>{t('chooseAccount.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) onChoose(chosen);
        }}
      >
        <ul className="choice-list">
          {accounts.map((account) => (
            <li key={account.id}>
              <label className="radio">
                <input
                  type="radio"
                  name="account"
                  value={account.id}
                  checked={chosen === account.id}
                  onChange={() => setChosen(account.id)}
                />
                <span>
                  <strong>{account.organisationName}</strong>
                  <span className="muted">
                    {' — '}
                    {t(`roles.${account.role}`)}
                    {account.className ? `, ${account.className}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !chosen}>
            {t('chooseAccount.enter')}
          </button>
          <Link href="/access-request" className="button button-secondary">
            {t('accessRequest.noOrganisation')}
          </Link>
        </div>
      </form>
    </section>
  );
}
