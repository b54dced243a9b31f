import { useTranslation } from 'react-i18next';

/**
 * A form's buttons: its action, then «Отмена». The action submits the form unless `onAction` is
 * given (a confirmation outside a form); `danger` marks one that cannot be undone.
 */
export function FormActions({
  action,
  busy,
  danger = false,
  onAction,
  onCancel,
}: {
  action: string;
  busy: boolean;
  danger?: boolean;
  onAction?(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type={onAction ? 'button' : 'submit'}
        className={danger ? 'button button-danger' : 'button'}
        disabled={busy}
        onClick={onAction}
      >
        {action}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
