import { FormActions, FormFailure, FormField, useFormErrors } from '@vhod/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UnlinkPersonCardEsiaMutation } from './person-card-documents';

/** «Удалить связь с учётной записью ЕСИА» on the person's behalf: confirmation and a required reason. */
export function UnlinkEsiaPanel({ cardId, onUnlinked }: { cardId: string; onUnlinked(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  // The comment is the one field: whatever field the API names, its error is about the comment.
  const { id, showErrors, clear, settle, failure, ariaOf, fieldError } = useFormErrors({ fieldOf: () => 'comment' });
  const [state, unlink] = useMutation(UnlinkPersonCardEsiaMutation);

  if (!confirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {t('personCards.unlink')}
      </button>
    );
  }

  async function onConfirm() {
    clear();
    if (comment.trim() === '') return showErrors([{ field: 'comment', message: t('validation.required') }]);
    const result = await unlink({ id: cardId, comment });
    settle(result.data?.unlinkPersonCardEsia, () => {
      setConfirming(false);
      setComment('');
      onUnlinked();
    });
  }

  return (
    <div className="confirm">
      <p role="alert" className="warning">
        {t('personCards.unlinkConfirm')}
      </p>
      <FormField id={`${id}-comment`} label={t('personCards.unlinkComment')} error={fieldError('comment')}>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          required
          onChange={(event) => setComment(event.target.value)}
          {...ariaOf('comment', `${id}-comment-hint`)}
        />
        <span className="hint" id={`${id}-comment-hint`}>
          {t('personCards.unlinkCommentHint')}
        </span>
      </FormField>
      <FormFailure message={failure} />
      <FormActions
        action={t('personCards.unlinkConfirmButton')}
        busy={state.fetching}
        danger
        onAction={onConfirm}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
