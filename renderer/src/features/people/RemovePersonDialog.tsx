import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert } from '../../components/Alert';
import { useNavigation } from '../../app/navigation';
import { useSession, useVaultData } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { deletePerson, recordCounts } from '../../../../shared/people/people-store';
import type { Person } from '../../../../shared/model/person';
import { displayName } from './display-name';

function describeCounts(counts: Record<string, number>, listFormat: Intl.ListFormat): string {
  const parts = Object.entries(counts).map(([kind, count]) => {
    const key = i18next.exists(`kinds.${kind}_one`) ? `kinds.${kind}` : 'kinds.other';
    return i18next.t(key as 'kinds.other', { count });
  });
  return listFormat.format(parts);
}

/** Says exactly what will be deleted before anything is. */
export function RemovePersonDialog({ person, onClose }: { person: Person; onClose: () => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { go } = useNavigation();
  const counts = useVaultData((s) => recordCounts(s, person.id));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = displayName(person);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await deletePerson(session, person.id);
      onClose();
      go({ name: 'overview', personId: null });
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
    }
  };
  const hasRecords = Object.keys(counts).length > 0;
  return (
    <ConfirmDialog
      title={t('remove.title', { name })}
      confirmLabel={t('remove.confirm', { name })}
      cancelLabel={t('remove.keep', { name })}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
    >
      <p>{t('remove.what', { name: person.fullName })}</p>
      <p>
        {hasRecords
          ? t('remove.counts', { list: describeCounts(counts, new Intl.ListFormat(i18n.language, { type: 'conjunction' })) })
          : t('remove.nothingElse')}
      </p>
      <p className="warning">{t('remove.cannotUndo')}</p>
      {failure ? <Alert>{failure}</Alert> : null}
    </ConfirmDialog>
  );
}
