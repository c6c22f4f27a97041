import { useLayoutEffect, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/model/dates';
import { prepareMedicationSave } from '../../../../shared/record/medication/prepare-save';
import { isWrittenFromFields } from '../../../../shared/record/medication/instructions-text';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { TextAreaField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { AppearanceFields } from './form/AppearanceFields';
import { HowToTakeFields } from './form/HowToTakeFields';
import { MedicineNameFields } from './form/MedicineNameFields';
import { PurposeFields } from './form/PurposeFields';
import { RefillFields } from './form/RefillFields';
import { StatusFields } from './form/StatusFields';
import { useInstructionPhrases } from './useInstructionPhrases';
import { medicineTitle } from '../../../../shared/record/medication/display-name';
import './medicines.css';

/** Add or edit a medicine: structured fields, the sentence written from them, and its history kept. */
export function MedicineForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('medications');
  const phrases = useInstructionPhrases();
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'medication',
    area: 'medicines',
    itemId,
    beforeSave: (item, previous) => prepareMedicationSave(item, previous, { today: todayIso(), phrases }),
  });
  // Words that came from elsewhere (an import) are kept, as if the person had typed them.
  // A layout effect, so it is set before the sentence field's own effect could rewrite them.
  useLayoutEffect(() => {
    if (existing && !isWrittenFromFields(existing, [phrases])) form.setValue('instructionsEdited', true);
    // Only when the form opens: later edits are the person's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const forPersonId = useWatch({ control: form.control, name: 'forPersonId' });
  return (
    <ItemFormScreen
      area="medicines"
      title={existing ? t('editTitle', { name: medicineTitle(existing) }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <MedicineNameFields form={form} />
      <HowToTakeFields form={form} />
      <PurposeFields form={form} personId={existing?.personId ?? forPersonId} savedPrescriberId={existing?.prescriberId ?? ''} />
      <StatusFields form={form} />
      <RefillFields form={form} />
      <AppearanceFields form={form} />
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
