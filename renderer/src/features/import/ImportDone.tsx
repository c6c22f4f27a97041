import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/import/commit-import';
import { Link } from '../../app/navigation';
import { useScope } from '../../record/useScope';
import { displayName } from '../people/display-name';

/** What the import did, in numbers, and where to go next. */
export function ImportDone({ summary, personId, onAnother }: { summary: ImportSummary; personId: string; onAnother: () => void }): ReactNode {
  const { t } = useTranslation('import');
  const { people } = useScope();
  const person = people.find((candidate) => candidate.id === personId);
  const lines = [
    t('done.added', { count: summary.added }),
    summary.updated > 0 ? t('done.updated', { count: summary.updated }) : null,
    summary.unchanged > 0 ? t('done.unchanged', { count: summary.unchanged }) : null,
    summary.rejected > 0 ? t('done.rejected', { count: summary.rejected }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <>
      <div className="alert alert-success" role="status">
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="actions">
        {person ? (
          <Link to={{ name: 'overview', personId }} className="button button-primary">
            {t('done.openRecord', { name: displayName(person) })}
          </Link>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onAnother}>
          {t('done.another')}
        </button>
      </div>
    </>
  );
}
