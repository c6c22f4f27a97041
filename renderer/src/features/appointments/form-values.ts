import type { UseFormReturn } from 'react-hook-form';
import type { AppointmentInput } from '../../../../shared/model/appointment';

/** The appointment form's values: the item's fields plus whose record it goes in. */
export type AppointmentFormValues = AppointmentInput & { forPersonId: string };
export type AppointmentFormApi = UseFormReturn<AppointmentFormValues, unknown, AppointmentFormValues>;
