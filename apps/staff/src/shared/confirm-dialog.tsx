import { FormActions, FormFailure } from '@vhod/ui';
import { useEffect, useId, useRef } from 'react';

/**
 * A modal question before an action that cannot be taken back. The browser's own <dialog>
 * keeps focus inside and closes on Escape (which counts as «Отмена»).
 */
export function ConfirmDialog({
  message,
  confirmLabel,
  busy,
  failure,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  busy: boolean;
  failure: string | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={id}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={id} className="warning">
        {message}
      </p>
      <FormFailure message={failure} />
      <FormActions action={confirmLabel} busy={busy} danger onAction={onConfirm} onCancel={onCancel} />
    </dialog>
  );
}
