import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaListScreen } from '../../record/AreaListScreen';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { listItems } from '../../../../shared/record/item-store';
import { sortCareTeam } from '../../../../shared/record/care-team/order';
import { CareTeamCard } from './CareTeamCard';
import './careTeam.css';

/** Who is who: the care coordinator first, then by role. */
export function CareTeamList(): ReactNode {
  const { t, i18n } = useTranslation('careTeam');
  const { personId } = useScope();
  const members = useVaultData((session) => sortCareTeam(listItems(session, 'careTeamMember', personId ?? undefined), i18n.language));
  return (
    <AreaListScreen
      area="careTeam"
      title={t('title')}
      addLabel={t('add')}
      items={members}
      emptyText={t('empty')}
      renderItem={(member) => <CareTeamCard member={member} />}
    />
  );
}
