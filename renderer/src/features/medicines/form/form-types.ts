import type { ItemForm } from '../../../record/useItemForm';

/** The medicine form's react-hook-form object, as the field groups receive it. */
export type MedicineFormApi = ItemForm<'medication'>['form'];

/** Options of a select, with translated labels. */
export const optionsOf = <K extends string>(values: readonly K[], label: (value: K) => string) => values.map((value) => ({ value, label: label(value) }));
