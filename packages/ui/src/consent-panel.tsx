import { useTranslation } from 'react-i18next';

interface ConsentPanelProps {
  name: string | null | undefined;
  scopes: readonly string[];
  busy: boolean;
  error?: string | null | undefined;
  onAccept(): void;
  onDecline(): void;
}

export function ConsentPanel({ name, scopes, busy, error, onAccept, onDecline }: ConsentPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('consent.title')}</h1>
      {name ? <p className="lead">{name}</p> : null}
      <p>{t('consent.intro')}</p>
      <ul className="scope-list">
        {scopes.map((scope) => (
          <li key={scope}>{t(`esiaScopes.${scope}`, { defaultValue: scope })}</li>
        ))}
      </ul>
      <p className="hint">{t('consent.purpose')}</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onAccept}>
          {t('consent.accept')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDecline}>
          {t('consent.decline')}
        </button>
      </div>
    </section>
  );
}
