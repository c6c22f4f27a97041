import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import type { Task } from '../../../../shared/model/task';
import { listItems } from '../../../../shared/record/item-store';

/** The stay's tasks, each with who, by when, and done or not done yet. */
export function StayTasks({ tasks, personId }: { tasks: readonly Task[]; personId: string }): ReactNode {
  const { t, i18n } = useTranslation('hospitalStays');
  const members = useVaultData((session) => new Map(listItems(session, 'careTeamMember', personId).map((m) => [m.id, m.name])));
  const ownerLine = (task: Task): string => {
    if (task.ownerCareTeamMemberId) return t('details.owner', { name: members.get(task.ownerCareTeamMemberId) ?? t('details.ownerGone') });
    return task.ownerName ? t('details.owner', { name: task.ownerName }) : t('details.noOwner');
  };
  if (tasks.length === 0) return <p className="muted">{t('details.noTasks')}</p>;
  return (
    <ul className="stay-tasks">
      {tasks.map((task) => (
        <li key={task.id} className={`stay-task${task.done ? ' stay-task-done' : ''}`}>
          <p className="stay-task-title">{task.title}</p>
          <p>
            <strong>{task.done ? t('details.done') : t('details.notDone')}</strong>
            {' · '}
            {ownerLine(task)}
            {task.dueDate ? ` · ${t('details.due', { date: formatCalendarDate(task.dueDate, i18n.language) })}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
