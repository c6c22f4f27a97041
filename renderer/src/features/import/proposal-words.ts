import { useTranslation } from 'react-i18next';
import type importStrings from '../../../../resources/locales/en/import.json';
import type { CareKind } from '../../../../shared/model/care-item';
import type { ItemOf } from '../../../../shared/model/care-record';
import type { Provenance } from '../../../../shared/import/bundle';
import type { ItemFields } from '../../../../shared/import/reconcile/types';
import { itemTitle } from '../../record/item-title';
import { formatCalendarDate } from '../../i18n/format-date';

type FieldWord = keyof (typeof importStrings)['field'];
type ValueWord = keyof (typeof importStrings)['value'];
type MeasureWord = keyof (typeof importStrings)['measure'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The words the review uses for fields, values, titles and sources, in the reader's language. */
export function useProposalWords() {
  const { t, i18n } = useTranslation('import');
  const language = i18n.language;
  const has = (key: string): boolean => i18n.exists(`import:${key}`);
  const isField = (field: string): field is FieldWord => has(`field.${field}`);
  const isValue = (value: string): value is ValueWord => has(`value.${value}`);
  const isMeasure = (value: string): value is MeasureWord => has(`measure.${value}`);

  const date = (value: string): string => (ISO_DATE.test(value) ? formatCalendarDate(value.slice(0, 10), language) : value);
  const value = (raw: string): string => (isValue(raw) ? t(`value.${raw}`) : date(raw));
  const field = (name: string): string => (isField(name) ? t(`field.${name}`) : t('field.other'));

  /** The short name of a proposed item, as its area's list would show it. */
  const title = (kind: CareKind, fields: ItemFields): string => {
    if (kind === 'measurement') {
      const type = String(fields.type);
      const name = String(fields.customName ?? '') || (isMeasure(type) ? t(`measure.${type}`) : type);
      const reading = fields.value2 === null || fields.value2 === undefined ? String(fields.value) : `${String(fields.value)}/${String(fields.value2)}`;
      return `${name}: ${reading} ${String(fields.unit ?? '')} · ${date(String(fields.takenAt ?? ''))}`.trim();
    }
    return itemTitle({ ...fields, kind } as ItemOf<CareKind>, language);
  };

  /** File, document, organization and date, the parts the file gave. */
  const source = (provenance: Provenance): string =>
    [provenance.fileName, provenance.documentTitle, provenance.organization, provenance.documentDate ? date(provenance.documentDate) : '']
      .filter((part) => part !== '')
      .join(' · ');

  return { t, date, value, field, title, source };
}
