import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';

interface Props {
  name: string;
  onStop: (reason: string) => Promise<void>;
  onClose: () => void;
  failure?: string | null;
}

/**
 * Asks why a medicine is stopped before stopping it — the question people ask later
 * ("why did she stop the lisinopril?"). A modal <dialog>, as ConfirmDialog: focus stays
 * inside, Escape keeps taking it. Focus starts in the reason field.
 */
export function StopMedicineDialog({ name, onStop, onClose, failure }: Props): ReactNode {
  const { t } = useTranslation('medications');
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => dialog?.close();
  }, []);
  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      await onStop(reason);
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('stopDialog.title', { name })}</h2>
      <p id={`${id}-text`}>{t('stopDialog.text')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('stopDialog.reason')}</label>
          <p id={`${id}-help`} className="field-help">
            {t('stopDialog.reasonHelp')}
          </p>
          <input
            ref={inputRef}
            id={`${id}-reason`}
            type="text"
            autoComplete="off"
            maxLength={500}
            aria-describedby={`${id}-help`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {failure ? <Alert>{failure}</Alert> : null}
        <div className="actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('stopDialog.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {t('stopDialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
