import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret fresh from the API: the only moment anyone sees it whole. */
export interface IssuedSecret {
  clientName: string;
  secret: string;
}

/**
 * Shows a new secret once, with a copy button and how to send it. The secret lives only in
 * this component's props: closing the panel (or leaving the page) drops it for good.
 */
export function SecretOncePanel({ issued, onDone }: { issued: IssuedSecret; onDone(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  // The panel appears above the list after a click elsewhere: take the reader to it, again for
  // every new secret (the same panel stays mounted when a second one is issued).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs per secret on purpose
  useEffect(() => heading.current?.focus(), [issued]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page, a refused permission): leave the text selected to copy by hand.
      input.current?.select();
      setCopied(false);
    }
  }

  return (
    <section className="card secret-once" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('apiClients.secretTitle', { name: issued.clientName })}
      </h2>
      <p className="warning">{t('apiClients.secretWarning')}</p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>
          <span>{t('apiClients.secretLabel')}</span>
        </label>
        <div className="secret-row">
          <input
            id={`${id}-secret`}
            ref={input}
            className="secret-value"
            readOnly
            spellCheck={false}
            autoComplete="off"
            value={issued.secret}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={copy}>
            {t('apiClients.copy')}
          </button>
        </div>
        {copied === null ? null : (
          <span role="status" className={copied ? 'success' : 'field-error'}>
            {copied ? t('apiClients.copied') : t('apiClients.copyFailed')}
          </span>
        )}
      </div>
      <p>{t('apiClients.secretUsage', { endpoint: `${window.location.origin}/graphql` })}</p>
      <pre className="secret-usage">
        <code>Authorization: Bearer {t('apiClients.secretPlaceholder')}</code>
      </pre>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('apiClients.secretSaved')}
        </button>
      </div>
    </section>
  );
}
