import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from '../../app/navigation';
import { ScreenHeading } from '../../components/ScreenHeading';
import { RemoveItemDialog } from '../../record/RemoveItemDialog';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { getItem, removeItem } from '../../../../shared/record/item-store';
import { todayIso } from '../../../../shared/model/dates';
import { needsCheckIn, nextCheckInDay } from '../../../../shared/record/goals/check-in';
import { useMeasurementWords } from '../measurements/measurement-words';
import { useGoalWords } from './goal-words';
import { GoalProgress } from './GoalProgress';
import { GoalCheckIns } from './GoalCheckIns';
import './goals.css';

/** One goal: what and why, progress against its target, and its check-ins. */
export function GoalDetails({ itemId }: { itemId: string }): ReactNode {
  const { t } = useTranslation('goals');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const session = useSession();
  const { personId } = useScope();
  const words = useMeasurementWords();
  const goalWords = useGoalWords();
  const goal = useVaultData((s) => getItem(s, 'goal', itemId));
  const [removing, setRemoving] = useState(false);
  const back = (
    <p className="back-link">
      <Link to={{ name: 'area', area: 'goals', personId }}>{t('backToList')}</Link>
    </p>
  );
  if (!goal) {
    return (
      <div className="screen">
        {back}
        <ScreenHeading>{t('notFound')}</ScreenHeading>
      </div>
    );
  }
  const today = todayIso();
  const due = needsCheckIn(goal, today);
  const notGiven = <span className="muted">{tr('notGiven')}</span>;
  const target = goalWords.describe(goal);
  return (
    <div className="screen">
      {back}
      <div className="screen-title">
        <ScreenHeading>{goal.statement}</ScreenHeading>
        <span className="badge">{t(`statuses.${goal.status}`)}</span>
      </div>
      {due ? <p className="goal-due">{t('checkInDue')}</p> : null}
      <section className="card" aria-labelledby="goal-about">
        <h2 id="goal-about">{t('details.heading')}</h2>
        <dl className="details">
          <dt>{t('details.why')}</dt>
          <dd>{goal.whyItMatters || notGiven}</dd>
          <dt>{t('details.measure')}</dt>
          <dd>{target || notGiven}</dd>
          <dt>{t('details.targetDate')}</dt>
          <dd>{goal.targetDate ? words.day(goal.targetDate) : notGiven}</dd>
          <dt>{t('details.helpers')}</dt>
          <dd>{goal.helpers || notGiven}</dd>
          <dt>{t('details.checkIns')}</dt>
          <dd>
            {t('details.everyDays', { count: goal.checkInEveryDays })}
            {goal.status === 'active' ? (
              <>
                <br />
                {t('details.nextCheckIn', { date: words.day(nextCheckInDay(goal)) })}
              </>
            ) : null}
          </dd>
          {goal.notes ? (
            <>
              <dt>{t('details.notes')}</dt>
              <dd className="goal-text">{goal.notes}</dd>
            </>
          ) : null}
        </dl>
        <div className="actions">
          <button type="button" className="button" onClick={() => go({ name: 'item-edit', area: 'goals', personId: goal.personId, itemId: goal.id })}>
            {t('editGoal')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setRemoving(true)}>
            {t('removeGoal')}
          </button>
        </div>
      </section>
      <GoalProgress goal={goal} />
      <GoalCheckIns goal={goal} />
      {removing ? (
        <RemoveItemDialog
          itemId={goal.id}
          name={goal.statement}
          onClose={() => setRemoving(false)}
          onRemove={async () => {
            await removeItem(session, goal.id);
            go({ name: 'area', area: 'goals', personId });
          }}
        />
      ) : null}
    </div>
  );
}
