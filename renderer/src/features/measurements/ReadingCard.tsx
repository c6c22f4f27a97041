import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemCard } from '../../record/ItemCard';
import type { Measurement } from '../../../../shared/model/measurement';
import type { MeasurementWords } from './measurement-words';

/**
 * One reading in the list: what, how much and when in its name, so Edit and Remove say which one;
 * any codes the portal gave (LOINC) for clinicians.
 */
export function ReadingCard({ reading, words }: { reading: Measurement; words: MeasurementWords }): ReactNode {
  const { t } = useTranslation('measurements');
  const name = t('readingName', {
    name: words.measureName(reading.type, reading.customName),
    amount: words.readingAmount(reading),
    when: words.when(reading.takenAt),
  });
  const codes = [...reading.codes.other.map((code) => code.code), ...reading.codes.snomed];
  return (
    <ItemCard area="measurements" item={reading} name={name}>
      {reading.context ? <p>{reading.context}</p> : null}
      {reading.notes ? <p className="muted">{reading.notes}</p> : null}
      {codes.length > 0 ? <p className="muted">{t('codesLine', { codes: codes.join(', ') })}</p> : null}
    </ItemCard>
  );
}
