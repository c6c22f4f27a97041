import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { Alert } from '../../components/Alert';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { formatCalendarDate } from '../../i18n/format-date';
import { displayName } from '../people/display-name';
import { roleLabel } from '../careTeam/role-label';
import type { HospitalStay } from '../../../../shared/model/hospital-stay';
import { todayIso } from '../../../../shared/model/dates';
import { buildItem, listItems, saveItems } from '../../../../shared/record/item-store';
import { daysBetween } from '../../../../shared/record/calendar-days';
import { sortCareTeam } from '../../../../shared/record/care-team/order';
import { proposeChecklist, type ChecklistProposal } from '../../../../shared/record/hospital-stays/checklist';
import { checklistTaskInput, checklistTitle, type ChecklistOwner } from './checklist-tasks';
import { ChecklistItemFields, type Draft } from './ChecklistItemFields';
import './hospitalStays.css';

/** After this many days, the note says the tasks may not be needed any more. */
const LONG_AGO_DAYS = 30;

interface Props {
  stay: HospitalStay;
  /** Called after the tasks are created, or when the person chooses "Not now". */
  onFinished: () => void;
}

/**
 * The coming-home checklist as a proposal: each item can be unticked, given to someone and
 * given another date. Nothing is written until "Add tasks", and then all in one transaction.
 */
export function ComingHomeReview({ stay, onFinished }: Props): ReactNode {
  const { t, i18n } = useTranslation('hospitalStays');
  const { t: tc } = useTranslation();
  const { t: tTeam } = useTranslation('careTeam');
  const session = useSession();
  const { people } = useScope();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const members = useVaultData((s) => sortCareTeam(listItems(s, 'careTeamMember', stay.personId), i18n.language));
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    proposeChecklist(stay).map((proposal: ChecklistProposal) => ({ proposal, selected: proposal.suggested, owner: 'me', otherName: '', dueDate: proposal.dueDate })),
  );
  const [errors, setErrors] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = people.find((p) => p.id === stay.personId);
  const chosen = drafts.filter((draft) => draft.selected);
  const longAgo = stay.dischargedOn !== '' && daysBetween(stay.dischargedOn, todayIso()) > LONG_AGO_DAYS;

  const update = (key: string, change: Partial<Draft>): void => {
    setDrafts((all) => all.map((draft) => (draft.proposal.key === key ? { ...draft, ...change } : draft)));
    setErrors((all) => (all.has(key) ? new Set([...all].filter((k) => k !== key)) : all));
  };

  const ownerOf = (draft: Draft): ChecklistOwner =>
    draft.owner === 'me' ? { kind: 'me' } : draft.owner === 'someoneElse' ? { kind: 'someoneElse', name: draft.otherName } : { kind: 'member', memberId: draft.owner };

  const create = async (): Promise<void> => {
    setFailure(null);
    if (chosen.length === 0) {
      setFailure(t('checklist.nothingChosen'));
      return;
    }
    const missingNames = chosen.filter((draft) => draft.owner === 'someoneElse' && draft.otherName.trim() === '').map((draft) => draft.proposal.key);
    if (missingNames.length > 0) {
      setErrors(new Set(missingNames));
      // The first field to fix takes focus, as in every other form.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const tasks = chosen.map((draft) =>
        buildItem(session, 'task', stay.personId, checklistTaskInput(t, i18n.language, stay.id, { proposal: draft.proposal, owner: ownerOf(draft), dueDate: draft.dueDate })),
      );
      await saveItems(session, tasks);
      onFinished();
    } catch (error) {
      setFailure(errorMessage(tc, error));
      setBusy(false);
    }
  };

  const ownerOptions = [
    { value: 'me', label: t('checklist.ownerMe') },
    ...members.map((member) => ({ value: member.id, label: `${member.name} (${roleLabel(tTeam, member)})` })),
    { value: 'someoneElse', label: t('checklist.ownerSomeoneElse') },
  ];

  return (
    <div className="screen narrow">
      <ScreenHeading>{t('checklist.title')}</ScreenHeading>
      <p className="lead">
        {t('checklist.intro', { name: person ? displayName(person) : '', date: formatCalendarDate(stay.dischargedOn, i18n.language) })}
      </p>
      {longAgo ? <p className="alert alert-info">{t('checklist.longAgo')}</p> : null}
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <ul className="checklist" aria-label={t('checklist.taskList')}>
          {drafts.map((draft) => (
            <li key={draft.proposal.key}>
              <ChecklistItemFields
                id={`${baseId}-${draft.proposal.key}`}
                title={checklistTitle(t, draft.proposal, i18n.language)}
                notes={t(`checklist.items.${draft.proposal.key}.notes`)}
                draft={draft}
                ownerOptions={ownerOptions}
                nameMissing={errors.has(draft.proposal.key)}
                onChange={(change) => update(draft.proposal.key, change)}
              />
            </li>
          ))}
        </ul>
        {failure ? <Alert>{failure}</Alert> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('checklist.creating') : t('checklist.create', { count: chosen.length })}
          </button>
          <button type="button" className="button" onClick={onFinished} disabled={busy}>
            {t('checklist.skip')}
          </button>
        </div>
      </form>
    </div>
  );
}

