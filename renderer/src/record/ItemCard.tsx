import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from '../app/navigation';
import type { AreaKey } from '../app/routes';
import { RemoveItemDialog } from './RemoveItemDialog';
import { useItemHeadingLevel } from './heading-level';

interface ItemCardProps {
  area: AreaKey;
  item: { id: string; personId: string };
  /** What the item is called, in the heading and in the buttons' names ("Edit Metformin"). */
  name: string;
  /** A badge beside the name (status, severity). */
  badge?: ReactNode;
  children?: ReactNode;
  /** Opens a details page instead of only offering Edit. */
  hasDetails?: boolean;
  /** Extra actions (Stop, Mark done…). */
  actions?: ReactNode;
  /** Runs instead of the default removal (e.g. to remove linked items too). */
  onRemove?: () => Promise<void>;
  /** A sentence for the confirmation about what else is affected ("Its 4 tasks stay in the task list."). */
  removeNote?: string;
}

/** One item in a list: its name, a few lines, and Edit / Remove. */
export function ItemCard({ area, item, name, badge, children, hasDetails, actions, onRemove, removeNote }: ItemCardProps): ReactNode {
  const { t } = useTranslation('record');
  const { go } = useNavigation();
  const [removing, setRemoving] = useState(false);
  const Heading = useItemHeadingLevel() === 2 ? 'h2' : 'h3';
  const at = { area, personId: item.personId, itemId: item.id };
  return (
    <article className="card item-card" aria-label={name}>
      <Heading className="item-title">
        {hasDetails ? (
          <Link to={{ name: 'item', ...at }} className="item-link">
            {name}
          </Link>
        ) : (
          name
        )}
        {badge ? <span className="badge">{badge}</span> : null}
      </Heading>
      {children}
      <div className="actions">
        {actions}
        <button type="button" className="button" aria-label={t('editNamed', { name })} onClick={() => go({ name: 'item-edit', ...at })}>
          {t('edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={t('removeNamed', { name })} onClick={() => setRemoving(true)}>
          {t('remove')}
        </button>
      </div>
      {removing ? <RemoveItemDialog itemId={item.id} name={name} onRemove={onRemove} alsoRemoves={removeNote} onClose={() => setRemoving(false)} /> : null}
    </article>
  );
}
