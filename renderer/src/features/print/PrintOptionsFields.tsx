import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize, PrintLanguage, PrintSize } from '../../../../shared/print/print-request';
import { ChoiceGroup } from './ChoiceGroup';
import type { PrintChoices } from './print-choices';

const PAPERS: readonly PaperSize[] = ['letter', 'a4'];
const SIZES: readonly PrintSize[] = ['normal', 'large'];
const LANGUAGES: readonly PrintLanguage[] = ['en', 'es'];

/** Paper, text size and language; English underneath is offered for a printout in another language. */
export function PrintOptionsFields({ choices, onChange }: { choices: PrintChoices; onChange: (change: Partial<PrintChoices>) => void }): ReactNode {
  const { t } = useTranslation('print-center');
  const bilingualId = useId();
  return (
    <section className="card" aria-labelledby="print-options-heading">
      <h2 id="print-options-heading">{t('options')}</h2>
      <ChoiceGroup legend={t('size')} value={choices.size} onChange={(size) => onChange({ size })} choices={SIZES.map((value) => ({ value, label: t(`sizes.${value}`) }))} />
      <ChoiceGroup legend={t('paper')} value={choices.paper} onChange={(paper) => onChange({ paper })} choices={PAPERS.map((value) => ({ value, label: t(`papers.${value}`) }))} />
      <ChoiceGroup
        legend={t('language')}
        value={choices.language}
        onChange={(language) => onChange({ language })}
        choices={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
      />
      {choices.language !== 'en' ? (
        <div className="checkbox">
          <input id={bilingualId} type="checkbox" checked={choices.bilingual} onChange={(e) => onChange({ bilingual: e.target.checked })} aria-describedby={`${bilingualId}-help`} />
          <label htmlFor={bilingualId}>{t('bilingual')}</label>
          <p id={`${bilingualId}-help`} className="field-help">
            {t('bilingualHelp')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
