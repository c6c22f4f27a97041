import type { ReactNode } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { useTranslation } from 'react-i18next';

interface BackupDialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** While work is under way the dialog cannot be closed (Escape and Close do nothing). */
  busy?: boolean;
}

/**
 * A modal built on <dialog>: the browser keeps focus inside and Escape closes it. Focus
 * starts on the heading so a screen reader hears what the dialog is for first.
 */
export function BackupDialog({ title, children, onClose, busy = false }: BackupDialogProps): ReactNode {
  const { t } = useTranslation('backup');
  const { ref, headingRef, titleId } = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog backup-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <div className="actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('actions.close')}
        </button>
      </div>
    </dialog>
  );
}
