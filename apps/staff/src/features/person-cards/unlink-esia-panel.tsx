import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UnlinkPersonCardEsiaMutation } from './person-card-documents';

/** «Удалить связь с учётной записью ЕСИА» on the person's behalf: confirmation and a required reason. */
export function UnlinkEsiaPanel({ cardId, onUnlinked }: { cardId: string; onUnlinked(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, unlink] = useMutation(UnlinkPersonCardEsiaMutation);

  if (!confirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {t('personCards.unlink')}
      </button>
    );
  }

  async function onConfirm() {
    setFailure(null);
    if (comment.trim() === '') return setCommentError(t('validation.required'));
    setCommentError(null);
    const result = await unlink({ id: cardId, comment });
    const payload = result.data?.unlinkPersonCardEsia;
    if (payload?.__typename === 'MutationUnlinkPersonCardEsiaSuccess') {
      setConfirming(false);
      setComment('');
      return onUnlinked();
    }
    if (payload?.__typename === 'ValidationError') return setCommentError(payload.fieldErrors[0]?.message ?? t('errors.validation-failed'));
    setFailure(payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown'));
  }

  return (
    <div className="confirm">
      <p role="alert" className="warning">
        {t('personCards.unlinkConfirm')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-comment`}>
          <span>{t('personCards.unlinkComment')}</span>
        </label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          required
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`${id}-comment-hint`}
          onChange={(event) => setComment(event.target.value)}
        />
        <span className="hint" id={`${id}-comment-hint`}>
          {t('personCards.unlinkCommentHint')}
        </span>
        {commentError ? (
          <span className="field-error" role="alert">
            {commentError}
          </span>
        ) : null}
      </div>
      {failure ? (
        <p role="alert" className="error">
          {failure}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-danger" disabled={state.fetching} onClick={onConfirm}>
          {t('personCards.unlinkConfirmButton')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
