import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/model/task';
import { todayIso } from '../../../../shared/model/dates';
import { getItem } from '../../../../shared/record/item-store';
import { formatCalendarDate } from '../../i18n/format-date';
import { useSession } from '../../vault/useSession';

export interface TaskText {
  /** The care-team member's name, else the typed name; '' when nobody owns it yet. */
  owner: (task: Task) => string;
  /** "Due today" / "Due March 2, 2026" / ''. */
  due: (task: Task) => string;
  /** Due and owner on one line, for lists inside other screens. */
  summary: (task: Task) => string;
}

export function useTaskText(): TaskText {
  const { t, i18n } = useTranslation('tasks');
  const session = useSession();
  const today = todayIso();
  const owner = (task: Task): string =>
    (task.ownerCareTeamMemberId ? getItem(session, 'careTeamMember', task.ownerCareTeamMemberId)?.name : undefined) ?? task.ownerName;
  const due = (task: Task): string => {
    if (task.dueDate === '') return '';
    return task.dueDate === today ? t('dueToday') : t('dueOn', { date: formatCalendarDate(task.dueDate, i18n.language) });
  };
  return {
    owner,
    due,
    summary: (task) => {
      const who = owner(task);
      const parts = [due(task), who ? t('owner', { name: who }) : t('noOwner')];
      if (task.done) parts.push(t('doneOn', { date: formatCalendarDate(task.doneOn || task.updatedAt.slice(0, 10), i18n.language) }));
      return parts.filter(Boolean).join(' · ');
    },
  };
}
