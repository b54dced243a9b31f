import type { ReactNode } from 'react';

interface ConsentPanelProps {
  title: string;
  /** Under the title: whose data it is, or what asks for it. */
  lead?: ReactNode;
  /** What is handed over, one item a line, already in words. */
  items: readonly string[];
  /** What the answer means, under the list. */
  hint: string;
  acceptLabel: string;
  declineLabel: string;
  busy: boolean;
  error?: string | null | undefined;
  onAccept(): void;
  onDecline(): void;
}

/** A question of consent: what is handed over, and the two answers (the data-transfer consent, a system's request). */
export function ConsentPanel({ title, lead, items, hint, acceptLabel, declineLabel, busy, error, onAccept, onDecline }: ConsentPanelProps) {
  return (
    <section className="card">
      <h1>{title}</h1>
      {lead}
      <ul className="scope-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="hint">{hint}</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onAccept}>
          {acceptLabel}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDecline}>
          {declineLabel}
        </button>
      </div>
    </section>
  );
}
