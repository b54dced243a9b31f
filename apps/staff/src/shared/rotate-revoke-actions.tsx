import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

/** A mutation as the buttons run it: null once it has succeeded (and the row has said so), else the refusal to show. */
type Action = () => Promise<string | null>;

/**
 * «Выпустить новый …» and «Отозвать доступ» for a client with a secret (an API client, a system
 * signing in through Vhod): each asks first in a dialog, which shows a refusal in place.
 * `texts`: whose wording the buttons and questions take. Without `rotate` there is nothing to rotate.
 */
export function RotateRevokeActions({
  name,
  texts,
  busy,
  rotate,
  revoke,
}: {
  name: string;
  texts: 'apiClients' | 'oidcClients';
  busy: boolean;
  rotate?: Action | undefined;
  revoke: Action;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setConfirming(null);
    setFailure(null);
  };

  async function onConfirm() {
    setFailure(null);
    const refusal = await (confirming === 'rotate' && rotate ? rotate() : revoke());
    if (refusal === null) close();
    else setFailure(refusal);
  }

  return (
    <>
      <div className="row-actions">
        {rotate ? (
          <button type="button" className="button button-secondary" onClick={() => setConfirming('rotate')}>
            {t(`${texts}.rotate`)}
          </button>
        ) : null}
        <button type="button" className="button button-danger" onClick={() => setConfirming('revoke')}>
          {t(`${texts}.revoke`)}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          message={t(confirming === 'rotate' ? `${texts}.rotateConfirm` : `${texts}.revokeConfirm`, { name })}
          confirmLabel={t(confirming === 'rotate' ? `${texts}.rotate` : `${texts}.revokeConfirmButton`)}
          busy={busy}
          failure={failure}
          onConfirm={onConfirm}
          onCancel={close}
        />
      ) : null}
    </>
  );
}
