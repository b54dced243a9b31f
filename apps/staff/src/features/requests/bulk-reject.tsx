import { FormFailure } from '@vhod/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RejectManyMutation } from './request-documents';

/** One comment for several requests (the September rush); each family still gets its own email. */
export function BulkReject({ ids, onDone }: { ids: readonly string[]; onDone(): void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [state, rejectMany] = useMutation(RejectManyMutation);
  return (
    <form
      className="bulk"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await rejectMany({ ids: [...ids], comment });
        const payload = result.data?.rejectAccessRequests;
        if (payload?.__typename === 'DomainError') return setMessage(payload.message);
        const failed =
          payload?.__typename === 'MutationRejectAccessRequestsSuccess' ? payload.data.filter((entry) => entry.errorMessage) : [];
        setMessage(failed.length > 0 ? t('staffQueue.bulkPartial', { count: failed.length }) : null);
        onDone();
      }}
    >
      <strong>{t('staffQueue.selected', { count: ids.length })}</strong>
      <label className="field">
        <span>{t('staffRequest.commentForFamily')}</span>
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <FormFailure message={message} />
      <button type="submit" className="button button-danger" disabled={state.fetching}>
        {t('staffQueue.rejectSelected')}
      </button>
    </form>
  );
}
