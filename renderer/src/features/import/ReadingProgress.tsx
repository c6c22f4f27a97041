import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How far reading has come, in numbers as well as a bar, with a Cancel that stops the Worker. */
export function ReadingProgress({ fileName, done, total, onCancel }: { fileName: string; done: number; total: number; onCancel: () => void }): ReactNode {
  const { t, i18n } = useTranslation('import');
  const id = useId();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{t('reading.title', { fileName })}</h2>
      <label htmlFor={`${id}-bar`}>{t('reading.progress')}</label>
      <progress id={`${id}-bar`} className="import-progress" max={Math.max(total, 1)} value={Math.min(done, total)} />
      <p role="status">{t('reading.counts', { done: number.format(done), total: number.format(total) })}</p>
      <div className="actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('reading.cancel')}
        </button>
      </div>
    </section>
  );
}
