import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Alert } from '../components/Alert';
import { useSession } from '../vault/useSession';
import { errorMessage } from '../vault/error-message';
import { removeItem } from '../../../shared/record/item-store';

interface Props {
  itemId: string;
  name: string;
  onClose: () => void;
  onRemove?: (() => Promise<void>) | undefined;
  /** Extra sentence naming what else goes with it. */
  alsoRemoves?: string | undefined;
}

/** Names exactly what will be deleted, then deletes it. */
export function RemoveItemDialog({ itemId, name, onClose, onRemove, alsoRemoves }: Props): ReactNode {
  const { t } = useTranslation('record');
  const { t: tc } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await (onRemove ? onRemove() : removeItem(session, itemId));
      onClose();
    } catch (error) {
      setFailure(errorMessage(tc, error));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('removeTitle', { name })}
      confirmLabel={t('removeConfirm')}
      cancelLabel={t('keep')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
    >
      <p>{t('removeText', { name })}</p>
      {alsoRemoves ? <p>{alsoRemoves}</p> : null}
      {failure ? <Alert>{failure}</Alert> : null}
    </ConfirmDialog>
  );
}
