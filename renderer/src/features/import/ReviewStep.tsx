import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBundle } from '../../../../shared/import/bundle';
import type { ImportSummary } from '../../../../shared/import/commit-import';
import { reconcile } from '../../../../shared/import/reconcile/reconcile';
import { suggestPerson } from '../../../../shared/import/reconcile/suggest-person';
import type { ExistingItem } from '../../../../shared/import/reconcile/existing-index';
import { readDecisionMemory } from '../../../../shared/import/decisions/read-memory';
import { emptyMemory } from '../../../../shared/import/decisions/decision-memory';
import { itemsOf } from '../../../../shared/people/people-store';
import { todayIso } from '../../../../shared/model/dates';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { PersonChoice, type ImportTarget } from './PersonChoice';
import { ImportWarnings } from './ImportWarnings';
import { ReviewProposals } from './ReviewProposals';
import { useProposalWords } from './proposal-words';

interface ReviewStepProps {
  fileName: string;
  bundle: ImportBundle;
  onCancel: () => void;
  onDone: (summary: ImportSummary, personId: string) => void;
}

/** Whose record, then what the file would add or change there, recomputed when the person changes. */
export function ReviewStep({ fileName, bundle, onCancel, onDone }: ReviewStepProps): ReactNode {
  const { t } = useTranslation('import');
  const { source } = useProposalWords();
  const { people, personId: scopedId } = useScope();
  const suggestedId = useMemo(() => suggestPerson(bundle.person, people), [bundle.person, people]);
  const [target, setTarget] = useState<ImportTarget>(() => {
    const id = suggestedId ?? (bundle.person.name === '' ? (scopedId ?? people[0]?.id) : undefined);
    return id ? { kind: 'person', id } : { kind: 'new', fullName: bundle.person.name.replace(/\d+/g, ''), birthDate: bundle.person.birthDate };
  });
  const [nameError, setNameError] = useState(false);
  const targetId = target.kind === 'person' ? target.id : null;
  const session = useSession();
  const revision = useVaultData((current) => current.revision);
  // Recomputed when the person or the vault changes; reconciling is pure and reads nothing else.
  const reconciled = useMemo(
    () =>
      reconcile({
        items: bundle.items,
        existing: targetId === null ? [] : (itemsOf(session, targetId) as ExistingItem[]),
        memory: targetId === null ? emptyMemory() : readDecisionMemory(session, targetId),
        today: todayIso(),
      }),
    // `revision` is how the session says its records changed: the reason to reconcile again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bundle, targetId, session, revision],
  );
  const documents = bundle.documents;
  const firstDocument = documents[0]
    ? source({ fileName: '', documentPath: '', documentTitle: documents[0].title, organization: documents[0].organization, documentDate: documents[0].date })
    : '';
  return (
    <>
      <p className="lead">
        {t('review.from', { source: fileName })}
        {documents.length > 0 ? ` · ${t('review.documents', { count: documents.length })}` : ''}
        {firstDocument ? ` · ${firstDocument}` : ''}
      </p>
      <PersonChoice
        filePerson={bundle.person}
        people={people}
        suggestedId={suggestedId}
        target={target}
        nameError={nameError}
        onChange={(next) => {
          setNameError(false);
          setTarget(next);
        }}
      />
      <ImportWarnings bundle={bundle} invalid={reconciled.invalid} />
      <ReviewProposals
        key={targetId ?? 'new'}
        result={reconciled}
        fileName={fileName}
        target={target}
        onMissingName={() => setNameError(true)}
        onCancel={onCancel}
        onDone={onDone}
      />
    </>
  );
}
