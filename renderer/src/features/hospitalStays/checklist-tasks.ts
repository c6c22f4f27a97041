import type { TFunction } from 'i18next';
import type { TaskInput } from '../../../../shared/model/task';
import type { ChecklistProposal } from '../../../../shared/record/hospital-stays/checklist';
import { formatCalendarDate } from '../../i18n/format-date';

/** Who does one checklist item: the person using the app, a care-team member, or anyone named. */
export type ChecklistOwner = { kind: 'me' } | { kind: 'member'; memberId: string } | { kind: 'someoneElse'; name: string };

/** The title of a checklist item in the reader's language ("Book a follow-up visit … by March 10, 2026"). */
export function checklistTitle(t: TFunction<'hospitalStays'>, proposal: Pick<ChecklistProposal, 'key' | 'visitBy'>, language: string): string {
  return t(`checklist.items.${proposal.key}.title`, { date: proposal.visitBy ? formatCalendarDate(proposal.visitBy, language) : '' });
}

/**
 * A checklist item as a task, written in the interface language at the moment it is made
 * (a task is the person's own note from then on, not a translation key).
 */
export function checklistTaskInput(
  t: TFunction<'hospitalStays'>,
  language: string,
  stayId: string,
  item: { proposal: Pick<ChecklistProposal, 'key' | 'visitBy'>; owner: ChecklistOwner; dueDate: string },
): TaskInput {
  const { proposal, owner, dueDate } = item;
  return {
    title: checklistTitle(t, proposal, language),
    notes: t(`checklist.items.${proposal.key}.notes`),
    ownerName: owner.kind === 'me' ? t('checklist.ownerMe') : owner.kind === 'someoneElse' ? owner.name.trim() : '',
    ownerCareTeamMemberId: owner.kind === 'member' ? owner.memberId : '',
    dueDate,
    hospitalStayId: stayId,
  };
}
