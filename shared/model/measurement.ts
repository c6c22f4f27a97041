import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { isRealDateTime } from './dates';
import { codesSchema, LOCAL_DATE_TIME, localDateTime, plainCodes, text } from './fields';

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
  /** The codes the source gave (LOINC for most readings), kept for clinicians and later matching. */
  codes: codesSchema,
});

/** Highest believable number for each type with a fixed scale (a typo such as 1200 for 120 is refused). */
const HIGHEST: Partial<Record<MeasurementType, number>> = { bloodPressure: 400, a1c: 25 };

/** Rules that tie fields together, applied to the input and to the stored item alike: each broken one as a field and a message key. */
function measurementProblems(m: z.infer<typeof measurementFieldsSchema>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (m.type === 'bloodPressure' && m.value2 === null) problems.push({ field: 'value2', message: 'measurement.diastolicRequired' });
  if (m.type === 'pain' && (m.value > 10 || !Number.isInteger(m.value))) problems.push({ field: 'value', message: 'measurement.painRange' });
  if (m.type === 'custom' && m.customName.trim() === '') problems.push({ field: 'customName', message: 'measurement.customNameRequired' });
  const highest = HIGHEST[m.type];
  if (highest !== undefined && m.value > highest) problems.push({ field: 'value', message: 'number.range' });
  return problems;
}

function checkMeasurement(m: z.infer<typeof measurementFieldsSchema>, ctx: z.RefinementCtx): void {
  for (const problem of measurementProblems(m)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

export const measurementInputSchema = measurementFieldsSchema.superRefine(checkMeasurement);
export type MeasurementInput = z.input<typeof measurementInputSchema>;
export const measurementSchema = storedItemSchema('measurement', measurementFieldsSchema).superRefine(checkMeasurement);
export type Measurement = z.infer<typeof measurementSchema>;

const MEASUREMENT_TYPES: ReadonlySet<string> = new Set(measurementTypeSchema.options);
const TEXT_LIMITS = { customName: 100, unit: 30, context: 200, notes: 1000 } as const;
const FIELD_NAMES: ReadonlySet<string> = new Set(Object.keys(measurementFieldsSchema.shape));

/**
 * What measurementInputSchema gives for an input that already is a plain, valid measurement (as
 * importers build hundreds of them); null for anything else, which the schema then judges. Checks
 * the same rules without the schema's per-field work; the tests hold it to the schema's answers.
 */
export function plainMeasurementFields(input: unknown): z.infer<typeof measurementInputSchema> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const fields = input as Record<string, unknown>;
  for (const key in fields) if (!FIELD_NAMES.has(key)) return null;
  const { type, takenAt, value } = fields;
  const value2 = fields.value2 === undefined ? null : fields.value2;
  if (typeof type !== 'string' || !MEASUREMENT_TYPES.has(type)) return null;
  if (typeof takenAt !== 'string' || !LOCAL_DATE_TIME.test(takenAt) || !isRealDateTime(takenAt)) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100000) return null;
  if (value2 !== null && (typeof value2 !== 'number' || !Number.isFinite(value2) || value2 < 0 || value2 > 400)) return null;
  const codes = plainCodes(fields.codes);
  if (codes === null) return null;
  const texts = { customName: '', unit: '', context: '', notes: '' };
  for (const name of ['customName', 'unit', 'context', 'notes'] as const) {
    const text = fields[name];
    if (text === undefined) continue;
    if (typeof text !== 'string') return null;
    const trimmed = text.trim();
    if (trimmed.length > TEXT_LIMITS[name]) return null;
    texts[name] = trimmed;
  }
  // Keys in sorted order, as an import fingerprints them (canonical JSON).
  const measurement = { codes, context: texts.context, customName: texts.customName, notes: texts.notes, takenAt, type: type as MeasurementType, unit: texts.unit, value, value2 };
  return measurementProblems(measurement).length === 0 ? measurement : null;
}
