import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/model/task';
import { formatCalendarDate } from '../../i18n/format-date';
import { daysOverdue, isOverdue } from '../../../../shared/record/tasks/task-groups';
import { ItemCard } from '../../record/ItemCard';
import { TaskLinks } from './TaskLinks';
import { useTaskText } from './useTaskText';

interface Props {
  task: Task;
  today: string;
  personName?: string | undefined;
  /** Marks the task done or not done (the list saves it and says what happened). */
  onDoneChange: (task: Task, done: boolean) => void;
}

/** One task: what, who, when (late ones say "Overdue" in words), what it is about, and a Done box. */
export function TaskCard({ task, today, personName, onDoneChange }: Props): ReactNode {
  const { t, i18n } = useTranslation('tasks');
  const text = useTaskText();
  const checkboxId = useId();
  const owner = text.owner(task);
  const overdue = isOverdue(task, today);
  return (
    <ItemCard
      area="tasks"
      item={task}
      name={task.title}
      badge={overdue ? t('overdue') : undefined}
      actions={
        <div className="checkbox task-done">
          <input
            id={checkboxId}
            type="checkbox"
            checked={task.done}
            aria-label={t('markDoneNamed', { name: task.title })}
            onChange={(event) => onDoneChange(task, event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('markDone')}</label>
        </div>
      }
    >
      {personName ? <p className="item-person">{t('forPerson', { name: personName })}</p> : null}
      {overdue ? (
        <p className="task-overdue">
          <span aria-hidden="true">⚠ </span>
          {t('overdueBy', { count: daysOverdue(task, today), date: formatCalendarDate(task.dueDate, i18n.language) })}
        </p>
      ) : text.due(task) ? (
        <p>{text.due(task)}</p>
      ) : null}
      <p className={owner ? undefined : 'muted'}>{owner ? t('owner', { name: owner }) : t('noOwner')}</p>
      {task.done ? <p className="muted">{t('doneOn', { date: formatCalendarDate(task.doneOn || task.updatedAt.slice(0, 10), i18n.language) })}</p> : null}
      <TaskLinks task={task} />
      {task.notes ? <p className="task-notes">{task.notes}</p> : null}
    </ItemCard>
  );
}
