import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret fresh from the API: the only moment anyone sees it whole. */
export interface IssuedSecret {
  clientName: string;
  secret: string;
}

/**
 * Shows a new secret once, with a copy button and how to send it (`children`). The secret lives
 * only in this component's props: closing the panel (or leaving the page) drops it for good.
 * `texts`: whose wording it takes (an API client's «ключ», a system's «секрет»).
 */
export function SecretOncePanel({
  issued,
  texts,
  onDone,
  children,
}: {
  issued: IssuedSecret;
  texts: 'apiClients' | 'oidcClients';
  onDone(): void;
  children: ReactNode;
}) {
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
        {t(`${texts}.secretTitle`, { name: issued.clientName })}
      </h2>
      <p className="warning">{t(`${texts}.secretWarning`)}</p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>
          <span>{t(`${texts}.secretLabel`)}</span>
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
            {t(`${texts}.copy`)}
          </button>
        </div>
        {copied === null ? null : (
          <span role="status" className={copied ? 'success' : 'field-error'}>
            {copied ? t(`${texts}.copied`) : t(`${texts}.copyFailed`)}
          </span>
        )}
      </div>
      {children}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t(`${texts}.secretSaved`)}
        </button>
      </div>
    </section>
  );
}
