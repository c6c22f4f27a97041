import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/model/task';
import { todayIso } from '../../../../shared/model/dates';
import { listItems, saveItems } from '../../../../shared/record/item-store';
import { groupTasks, TASK_GROUPS, withDone } from '../../../../shared/record/tasks/task-groups';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { displayName } from '../people/display-name';
import { SectionedListScreen } from '../appointments/SectionedListScreen';
import { TaskCard } from './TaskCard';
import './tasks.css';

/** Late first, then due soon, later, no date; done ones folded away at the bottom. */
export function TaskList(): ReactNode {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const session = useSession();
  const { personId, people } = useScope();
  const today = todayIso();
  const tasks = useVaultData((s) => listItems(s, 'task', personId ?? undefined));
  const groups = groupTasks(tasks, today);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const nameOf = (id: string): string | undefined => {
    const person = personId === null ? people.find((p) => p.id === id) : undefined;
    return person ? displayName(person) : undefined;
  };
  const setDone = async (task: Task, done: boolean): Promise<void> => {
    try {
      await saveItems(session, [withDone(task, done, today)]);
      setStatus({ error: false, text: t(done ? 'movedToDone' : 'movedBack', { name: task.title }) });
    } catch (error) {
      setStatus({ error: true, text: errorMessage(tc, error) });
    }
    // The card moved to another section; focus goes to the message saying where, not to the page's start.
    statusRef.current?.focus();
  };
  const title = (group: (typeof TASK_GROUPS)[number]): string => (group === 'done' ? t('doneCount', { count: groups.done.length }) : t(`groups.${group}`));
  return (
    <SectionedListScreen
      area="tasks"
      title={t('title')}
      addLabel={t('add')}
      emptyText={t('empty')}
      intro={
        <p ref={statusRef} tabIndex={-1} role="status" className={status ? 'task-status' : 'task-status task-status-empty'}>
          {status?.text ?? ''}
        </p>
      }
      sections={TASK_GROUPS.map((group) => ({ key: group, title: title(group), items: groups[group], collapsed: group === 'done' }))}
      renderItem={(task) => <TaskCard task={task} today={today} personName={nameOf(task.personId)} onDoneChange={(item, done) => void setDone(item, done)} />}
    />
  );
}
