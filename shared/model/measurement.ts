import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { localDateTime, text } from './fields';

export const measurementTypeSchema = z.enum(['bloodPressure', 'weight', 'bloodSugar', 'a1c', 'pain', 'custom']);
export type MeasurementType = z.infer<typeof measurementTypeSchema>;

export const measurementFieldsSchema = z.object({
  type: measurementTypeSchema,
  /** For custom measurements: what is measured ("Steps", "Oxygen"). */
  customName: text(100),
  takenAt: localDateTime(),
  /** The number measured; for blood pressure the top number (systolic). */
  value: z.number({ message: 'measurement.valueRequired' }).min(0, { message: 'number.range' }).max(100000, { message: 'number.range' }),
  /** Blood pressure only: the bottom number (diastolic). */
  value2: z.number({ message: 'measurement.diastolicRequired' }).min(0, { message: 'number.range' }).max(400, { message: 'number.range' }).nullable().default(null),
  unit: text(30),
  /** What was going on: "before breakfast", "after a walk". */
  context: text(200),
  notes: text(1000),
});

/** Highest believable number for each type with a fixed scale (a typo such as 1200 for 120 is refused). */
const HIGHEST: Partial<Record<MeasurementType, number>> = { bloodPressure: 400, a1c: 25 };

/** Rules that tie fields together, applied to the input and to the stored item alike. */
function checkMeasurement(m: z.infer<typeof measurementFieldsSchema>, ctx: z.RefinementCtx): void {
  if (m.type === 'bloodPressure' && m.value2 === null) ctx.addIssue({ code: 'custom', path: ['value2'], message: 'measurement.diastolicRequired' });
  if (m.type === 'pain' && (m.value > 10 || !Number.isInteger(m.value))) ctx.addIssue({ code: 'custom', path: ['value'], message: 'measurement.painRange' });
  if (m.type === 'custom' && m.customName.trim() === '') ctx.addIssue({ code: 'custom', path: ['customName'], message: 'measurement.customNameRequired' });
  const highest = HIGHEST[m.type];
  if (highest !== undefined && m.value > highest) ctx.addIssue({ code: 'custom', path: ['value'], message: 'number.range' });
}

export const measurementInputSchema = measurementFieldsSchema.superRefine(checkMeasurement);
export type MeasurementInput = z.input<typeof measurementInputSchema>;
export const measurementSchema = storedItemSchema('measurement', measurementFieldsSchema).superRefine(checkMeasurement);
export type Measurement = z.infer<typeof measurementSchema>;
