import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaListScreen } from '../../record/AreaListScreen';
import { ItemCard } from '../../record/ItemCard';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { listItems } from '../../../../shared/record/item-store';
import { todayIso } from '../../../../shared/model/dates';
import type { Goal } from '../../../../shared/model/goal';
import { checkInsNewestFirst, needsCheckIn } from '../../../../shared/record/goals/check-in';
import { useMeasurementWords } from '../measurements/measurement-words';
import { useGoalWords } from './goal-words';
import './goals.css';

/** Goals being worked on come first; among them, those due a check-in. */
const STATUS_ORDER: readonly Goal['status'][] = ['active', 'paused', 'achieved', 'stopped'];

export function GoalList(): ReactNode {
  const { t } = useTranslation('goals');
  const goalWords = useGoalWords();
  const words = useMeasurementWords();
  const { personId } = useScope();
  const today = todayIso();
  const goals = useVaultData((session) =>
    listItems(session, 'goal', personId ?? undefined)
      .map((goal) => ({ goal, due: needsCheckIn(goal, today) }))
      .sort(
        (a, b) =>
          STATUS_ORDER.indexOf(a.goal.status) - STATUS_ORDER.indexOf(b.goal.status) ||
          Number(b.due) - Number(a.due) ||
          a.goal.statement.localeCompare(b.goal.statement),
      ),
  );
  return (
    <AreaListScreen
      area="goals"
      title={t('title')}
      addLabel={t('add')}
      items={goals.map(({ goal }) => goal)}
      emptyText={t('empty')}
      renderItem={(goal) => {
        const due = needsCheckIn(goal, today);
        const last = checkInsNewestFirst(goal.checkIns)[0];
        const target = goalWords.describe(goal);
        return (
          <ItemCard area="goals" item={goal} name={goal.statement} badge={t(`statuses.${goal.status}`)} hasDetails>
            {target ? <p>{target}</p> : null}
            {due ? <p className="goal-due">{t('checkInDue')}</p> : null}
            {goal.targetDate ? <p className="muted">{t('targetBy', { date: words.day(goal.targetDate) })}</p> : null}
            <p className="muted">
              {last ? t('lastCheckIn', { date: words.day(last.date), progress: t(`checkIns.progressOptions.${last.progress}`) }) : t('noCheckInsYet')}
            </p>
          </ItemCard>
        );
      }}
    />
  );
}
