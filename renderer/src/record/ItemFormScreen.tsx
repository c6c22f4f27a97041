import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ScreenHeading } from '../components/ScreenHeading';
import { Alert } from '../components/Alert';
import { useNavigation } from '../app/navigation';
import type { AreaKey } from '../app/routes';
import { displayName } from '../features/people/display-name';
import { SelectField } from './fields/FormFields';
import { useScope } from './useScope';

interface ItemFormScreenProps<T extends FieldValues> {
  area: AreaKey;
  title: string;
  form: UseFormReturn<T>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  failure: string | null;
  /** Ask whose record this is (when the screen shows everyone). */
  needsPerson: boolean;
  children: ReactNode;
}

/** The frame of every add/edit form: heading, whose record, the fields, Save and Cancel. */
export function ItemFormScreen<T extends FieldValues>({ area, title, form, onSubmit, failure, needsPerson, children }: ItemFormScreenProps<T>): ReactNode {
  const { t } = useTranslation('record');
  const { go } = useNavigation();
  const { personId, people } = useScope();
  return (
    <div className="screen narrow">
      <ScreenHeading>{title}</ScreenHeading>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {needsPerson ? (
          <SelectField
            form={form as unknown as UseFormReturn<{ forPersonId: string }>}
            name="forPersonId"
            label={t('forWhom')}
            options={[{ value: '', label: t('chooseOne') }, ...people.map((p) => ({ value: p.id, label: displayName(p) }))]}
          />
        ) : null}
        {children}
        {failure ? <Alert>{failure}</Alert> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('saving') : t('save')}
          </button>
          <button type="button" className="button" onClick={() => go({ name: 'area', area, personId })}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
