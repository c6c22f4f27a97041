import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { CARE_KINDS } from '../../../../shared/model/care-item';
import { newId } from '../../../../shared/model/ids';
import { commitImport, type ImportSummary } from '../../../../shared/import/commit-import';
import type { ReconcileResult } from '../../../../shared/import/reconcile/types';
import { useSession } from '../../vault/useSession';
import { AREA_OF_KIND } from '../../record/item-title';
import { ProposalCard } from './ProposalCard';
import type { ImportTarget } from './PersonChoice';

/** Areas with more proposals than this start folded. */
const LONG_LIST = 12;

interface ReviewProposalsProps {
  result: ReconcileResult;
  fileName: string;
  target: ImportTarget;
  onMissingName: () => void;
  onCancel: () => void;
  onDone: (summary: ImportSummary, personId: string) => void;
}

/** The proposals grouped by area, each accepted or not, and the one commit of the choices. */
export function ReviewProposals({ result, fileName, target, onMissingName, onCancel, onDone }: ReviewProposalsProps): ReactNode {
  const { t } = useTranslation('import');
  const { t: tc } = useTranslation();
  const session = useSession();
  const { proposals } = result;
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(proposals.filter((p) => p.selectedByDefault).map((p) => p.key)));
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = (key: string, on: boolean): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const save = async (): Promise<void> => {
    if (target.kind === 'new' && target.fullName.trim() === '') {
      onMissingName();
      return;
    }
    setSaving(true);
    setFailed(false);
    const personId = target.kind === 'new' ? newId() : target.id;
    try {
      const summary = await commitImport(session, {
        result,
        accepted: selected,
        personId,
        ...(target.kind === 'new' ? { newPerson: { fullName: target.fullName, birthDate: target.birthDate } } : {}),
        fileName,
        now: new Date(),
      });
      onDone(summary, personId);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  const groups = CARE_KINDS.map((kind) => [kind, proposals.filter((p) => p.kind === kind)] as const).filter(([, list]) => list.length > 0);
  return (
    <>
      {proposals.length === 0 ? (
        <Alert tone="info">{t('review.nothingNew')}</Alert>
      ) : (
        <p role="status">{t('review.summary', { proposals: proposals.length, unchanged: result.unchanged.length })}</p>
      )}
      {failed ? <Alert>{t('errors.commitFailed')}</Alert> : null}
      {proposals.length > 0 ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => setSelected(new Set(proposals.map((p) => p.key)))}>
            {t('review.acceptAll')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
            {t('review.rejectAll')}
          </button>
        </div>
      ) : null}
      {groups.map(([kind, list]) => {
        const cards = (
          <ul className="import-proposals">
            {list.map((proposal) => (
              <li key={proposal.key}>
                <ProposalCard proposal={proposal} accepted={selected.has(proposal.key)} onAcceptedChange={(on) => toggle(proposal.key, on)} />
              </li>
            ))}
          </ul>
        );
        return (
          <section key={kind} aria-labelledby={`import-area-${kind}`} className="import-area">
            <h2 id={`import-area-${kind}`}>
              {tc(`nav.${AREA_OF_KIND[kind]}`)} ({list.length})
            </h2>
            {/* A long list (years of readings) starts folded so the rest of the review stays in reach. */}
            {list.length > LONG_LIST ? (
              <details className="import-long-list">
                <summary>{t('review.showAll', { count: list.length })}</summary>
                {cards}
              </details>
            ) : (
              cards
            )}
          </section>
        );
      })}
      <div className="actions import-commit">
        {proposals.length > 0 ? (
          <>
            <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
              {saving ? t('review.importing') : t('review.importSelected')}
            </button>
            <span className="import-selected-count">{t('review.selectedCount', { count: selected.size })}</span>
          </>
        ) : null}
        <button type="button" className="button button-quiet" disabled={saving} onClick={onCancel}>
          {proposals.length > 0 ? t('review.cancel') : t('errors.tryAnother')}
        </button>
      </div>
    </>
  );
}
