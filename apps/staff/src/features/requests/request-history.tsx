import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { NoteMutation } from './request-documents';
import type { StaffRequest } from './request-page';

const timeFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

/** Who did what and when, and internal notes the family never sees. */
export function RequestHistory({ request, onNoted }: { request: StaffRequest; onNoted(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [state, addNote] = useMutation(NoteMutation);
  const canNote = request.availableActions.length > 0;
  return (
    <section className="card wide">
      <h2>{t('staffRequest.history')}</h2>
      <ol className="history">
        {request.history.map((event, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is oldest first and only grows at its end, and its items hold no state, so the position is a stable key
          <li key={index} className={event.internal ? 'internal' : undefined}>
            <time>{timeFormat.format(new Date(event.at))}</time> ·{' '}
            <strong>{t(`staffRequest.events.${event.kind}`, { defaultValue: event.kind })}</strong>
            {event.actorName ? ` · ${event.actorName}` : ''}
            {event.comment ? <div>{event.comment}</div> : null}
            {event.internal ? <span className="hint"> ({t('staffRequest.internal')})</span> : null}
          </li>
        ))}
      </ol>
      {canNote ? (
        <form
          className="form"
          onSubmit={async (event) => {
            event.preventDefault();
            await addNote({ id: request.id, text });
            setText('');
            onNoted();
          }}
        >
          <label className="field">
            <span>{t('staffRequest.note')}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit" className="button button-secondary" disabled={state.fetching || !text.trim()}>
            {t('staffRequest.addNote')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
