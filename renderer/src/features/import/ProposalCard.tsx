import { useId, type ReactNode } from 'react';
import type { Proposal } from '../../../../shared/import/reconcile/types';
import { itemIndex } from '../../../../shared/record/item-index';
import type { CareKind } from '../../../../shared/model/care-item';
import { useSession } from '../../vault/useSession';
import { useProposalWords } from './proposal-words';

/** Statuses worth saying on a new item: one that is not current any more. */
const NOTEWORTHY_STATUS = new Set(['stopped', 'paused', 'resolved', 'done', 'cancelled', 'missed', 'achieved']);

interface ProposalCardProps {
  proposal: Proposal;
  accepted: boolean;
  onAcceptedChange: (accepted: boolean) => void;
}

/** One proposal: what it is, what would change, why it looks like an item already there, where it came from. */
export function ProposalCard({ proposal, accepted, onAcceptedChange }: ProposalCardProps): ReactNode {
  const words = useProposalWords();
  const { t } = words;
  const session = useSession();
  const id = useId();
  const existing = proposal.existingId ? itemIndex(session).byId.get(proposal.existingId) : undefined;
  const existingTitle = existing ? `“${words.title(existing.kind as CareKind, existing)}”` : '';
  const reason = (): string => {
    switch (proposal.reason) {
      case null:
        return '';
      case 'notListed':
        return t('reason.notListed', { organization: proposal.provenance.organization });
      case 'endDatePassed':
        return t('reason.endDatePassed', { date: words.date(String(proposal.fields.endDate ?? '')) });
      default:
        return t(`reason.${proposal.reason}`, { title: existingTitle });
    }
  };
  const instructions = proposal.kind === 'medication' && proposal.status === 'new' ? String(proposal.fields.instructions ?? '') : '';
  return (
    <article className={`card import-proposal import-${proposal.status}`} aria-labelledby={`${id}-title`}>
      <p className="badge import-status">{t(`status.${proposal.status === 'unchanged' ? 'new' : proposal.status}`)}</p>
      <h3 id={`${id}-title`}>{words.title(proposal.kind, proposal.fields)}</h3>
      {instructions ? <p>{instructions}</p> : null}
      {proposal.status === 'new' && typeof proposal.fields.status === 'string' && NOTEWORTHY_STATUS.has(proposal.fields.status) ? (
        <p>
          {words.field('status')}: {words.value(proposal.fields.status)}
        </p>
      ) : null}
      {proposal.reason ? <p className="import-reason">{reason()}</p> : null}
      {proposal.existingIsManual ? <p className="warning">{t('proposal.typedByHand')}</p> : null}
      {proposal.changes.length > 0 ? (
        <>
          <h4>{t('proposal.changes')}</h4>
          <ul className="import-changes">
            {proposal.changes.map((change) => (
              <li key={change.field}>
                {change.from === ''
                  ? t('proposal.changeFromEmpty', { field: words.field(change.field), to: words.value(change.to) })
                  : t('proposal.change', { field: words.field(change.field), from: words.value(change.from), to: words.value(change.to) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {proposal.entries.length > 1 ? <p>{t('proposal.orders', { count: proposal.entries.length })}</p> : null}
      <p className="muted import-source">
        {t('proposal.source')}: {words.source(proposal.provenance)}
      </p>
      <div className="checkbox import-accept">
        <input type="checkbox" id={`${id}-accept`} checked={accepted} onChange={(event) => onAcceptedChange(event.target.checked)} aria-describedby={`${id}-title`} />
        <label htmlFor={`${id}-accept`}>{t(`accept.${proposal.status === 'unchanged' ? 'new' : proposal.status}`)}</label>
      </div>
    </article>
  );
}
