import { formatDateTime, useTimeZone } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { NoteMutation } from './request-documents';

export const RequestHistoryFragment = graphql(`
  fragment RequestHistory on StaffAccessRequest {
    id
    availableActions
    history { at kind comment internal actorName }
  }
`);

/** Who did what and when, and internal notes the family never sees. */
export function RequestHistory(props: { request: FragmentOf<typeof RequestHistoryFragment>; onNoted(): void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { onNoted } = props;
  const request = readFragment(RequestHistoryFragment, props.request);
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
            <time>{formatDateTime(event.at, timeZone)}</time> ·{' '}
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
