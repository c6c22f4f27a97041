import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaListScreen } from '../../record/AreaListScreen';
import { ItemCard } from '../../record/ItemCard';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import { listItems } from '../../../../shared/record/item-store';
import { sortStays, tasksOfStay } from '../../../../shared/record/hospital-stays/stays';
import { stayName } from './stay-name';

/** Hospital stays, the latest first; each opens its details with the coming-home tasks. */
export function HospitalStayList(): ReactNode {
  const { t, i18n } = useTranslation('hospitalStays');
  const { personId } = useScope();
  const stays = useVaultData((session) => sortStays(listItems(session, 'hospitalStay', personId ?? undefined)));
  const tasks = useVaultData((session) => listItems(session, 'task', personId ?? undefined));
  const date = (iso: string): string => formatCalendarDate(iso, i18n.language);
  return (
    <AreaListScreen
      area="hospitalStays"
      title={t('title')}
      addLabel={t('add')}
      items={stays}
      emptyText={t('empty')}
      renderItem={(stay) => {
        const own = tasksOfStay(tasks, stay.id);
        const done = own.filter((task) => task.done).length;
        return (
          <ItemCard area="hospitalStays" item={stay} name={stayName(t, stay, i18n.language)} badge={stay.dischargedOn ? undefined : t('stillThere')} hasDetails>
            {stay.reason ? <p>{stay.reason}</p> : null}
            <p className="muted">
              {t('wentIn', { date: date(stay.admittedOn) })}
              {stay.dischargedOn ? ` · ${t('cameHome', { date: date(stay.dischargedOn) })}` : null}
            </p>
            {own.length > 0 ? <p>{t('tasksDone', { done, count: own.length })}</p> : null}
          </ItemCard>
        );
      }}
    />
  );
}
