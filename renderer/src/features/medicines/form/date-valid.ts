import { isoDateSchema } from '../../../../../shared/model/dates';

/** True for a real YYYY-MM-DD day (what a date input gives once it is complete). */
export const dateSchemaIsValid = (value: unknown): value is string => isoDateSchema.safeParse(value).success;
