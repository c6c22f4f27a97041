import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../shared/util/assert-never';
import { ExportBackupDialog } from './ExportBackupDialog';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { HandOverDialog, type HandOverDone } from './HandOverDialog';
import { HandOverInstructions } from './HandOverInstructions';

type Open = { name: 'none' } | { name: 'export' } | { name: 'restore' } | { name: 'hand-over' } | { name: 'instructions'; done: HandOverDone };

/** The Settings card: export a backup, restore one, hand people over to another caregiver. */
export function BackupSettings(): ReactNode {
  const { t } = useTranslation('backup');
  const [open, setOpen] = useState<Open>({ name: 'none' });
  const close = (): void => setOpen({ name: 'none' });
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('section.title')}</h2>
      <p>{t('section.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setOpen({ name: 'export' })}>
          {t('actions.export')}
        </button>
        <button type="button" className="button" onClick={() => setOpen({ name: 'restore' })}>
          {t('actions.restore')}
        </button>
        <button type="button" className="button" onClick={() => setOpen({ name: 'hand-over' })}>
          {t('actions.handOver')}
        </button>
      </div>
      <OpenDialog open={open} close={close} showInstructions={(done) => setOpen({ name: 'instructions', done })} />
    </section>
  );
}

function OpenDialog({ open, close, showInstructions }: { open: Open; close: () => void; showInstructions: (done: HandOverDone) => void }): ReactNode {
  switch (open.name) {
    case 'none':
      return null;
    case 'export':
      return <ExportBackupDialog onClose={close} />;
    case 'restore':
      return <RestoreBackupDialog onClose={close} />;
    case 'hand-over':
      return <HandOverDialog onClose={close} onSaved={showInstructions} />;
    case 'instructions':
      return <HandOverInstructions done={open.done} onClose={close} />;
    default:
      return assertNever(open);
  }
}
