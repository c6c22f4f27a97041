import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from '../../app/navigation';
import { ScreenHeading } from '../../components/ScreenHeading';
import { RemoveItemDialog } from '../../record/RemoveItemDialog';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import { getItem, listItems, removeItem } from '../../../../shared/record/item-store';
import { tasksOfStay } from '../../../../shared/record/hospital-stays/stays';
import { ComingHomeReview } from './ComingHomeReview';
import { StayTasks } from './StayTasks';
import { stayName } from './stay-name';
import './hospitalStays.css';

/** One stay: where, when, why, what to watch for, who to call, and its coming-home tasks. */
export function HospitalStayDetails({ itemId }: { itemId: string }): ReactNode {
  const { t, i18n } = useTranslation('hospitalStays');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const session = useSession();
  const { personId } = useScope();
  const stay = useVaultData((s) => getItem(s, 'hospitalStay', itemId));
  const tasks = useVaultData((s) => (stay ? tasksOfStay(listItems(s, 'task', stay.personId), stay.id) : []));
  const [planning, setPlanning] = useState(false);
  const [removing, setRemoving] = useState(false);
  const backToList = { name: 'area', area: 'hospitalStays', personId } as const;

  if (!stay) {
    return (
      <div className="screen narrow">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p>{t('details.notFound')}</p>
        <Link to={backToList}>{t('details.back')}</Link>
      </div>
    );
  }
  if (planning) return <ComingHomeReview stay={stay} onFinished={() => setPlanning(false)} />;

  const name = stayName(t, stay, i18n.language);
  const date = (iso: string): string => formatCalendarDate(iso, i18n.language);
  const notGiven = <span className="muted">{tr('notGiven')}</span>;
  const long = (text: string): ReactNode => (text ? <span className="long-text">{text}</span> : notGiven);
  return (
    <div className="screen narrow">
      <p className="back-link">
        <Link to={backToList}>{t('details.back')}</Link>
      </p>
      <ScreenHeading>{t('details.title', { name })}</ScreenHeading>
      <section className="card" aria-label={name}>
        <dl className="details">
          <dt>{t('hospital')}</dt>
          <dd>{stay.hospital || notGiven}</dd>
          <dt>{t('reason')}</dt>
          <dd>{stay.reason || notGiven}</dd>
          <dt>{t('admittedOn')}</dt>
          <dd>{date(stay.admittedOn)}</dd>
          <dt>{t('dischargedOn')}</dt>
          <dd>{stay.dischargedOn ? date(stay.dischargedOn) : t('stillThere')}</dd>
          <dt>{t('warningSigns')}</dt>
          <dd>{long(stay.warningSigns)}</dd>
          <dt>{t('whoToCall')}</dt>
          <dd>{long(stay.whoToCall)}</dd>
          {stay.notes ? (
            <>
              <dt>{t('notes')}</dt>
              <dd>{long(stay.notes)}</dd>
            </>
          ) : null}
        </dl>
        <div className="actions">
          <button type="button" className="button" onClick={() => go({ name: 'item-edit', area: 'hospitalStays', personId: stay.personId, itemId: stay.id })}>
            {t('details.editStay')}
          </button>
          <button type="button" className="button button-quiet" aria-label={tr('removeNamed', { name })} onClick={() => setRemoving(true)}>
            {tr('remove')}
          </button>
        </div>
      </section>
      <section aria-labelledby="stay-tasks-heading">
        <h2 id="stay-tasks-heading">{t('details.tasksHeading')}</h2>
        <StayTasks tasks={tasks} personId={stay.personId} />
        {stay.dischargedOn ? (
          <>
            <p className="field-help">{t('details.planHelp')}</p>
            <div className="actions">
              <button type="button" className="button" onClick={() => setPlanning(true)}>
                {t('details.plan')}
              </button>
            </div>
          </>
        ) : (
          <p>{t('details.noDischargeYet')}</p>
        )}
        <p>
          <Link to={{ name: 'area', area: 'tasks', personId: stay.personId }}>{t('details.seeAllTasks')}</Link>
        </p>
      </section>
      {removing ? (
        <RemoveItemDialog
          itemId={stay.id}
          name={name}
          // The tasks are kept: they may still need doing, and they stand on their own.
          alsoRemoves={tasks.length > 0 ? t('details.keepsTasks', { count: tasks.length }) : undefined}
          onRemove={async () => {
            await removeItem(session, stay.id);
            go(backToList);
          }}
          onClose={() => setRemoving(false)}
        />
      ) : null}
    </div>
  );
}
