import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalDate, text } from './fields';
import { isoDateSchema } from './dates';

/** The day they went in: needed, with its own message when left empty. */
const admittedOnSchema = z.string().superRefine((value, ctx) => {
  if (value === '') {
    ctx.addIssue({ code: 'custom', message: 'hospitalStay.admittedRequired' });
    return;
  }
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'date.invalid' });
});

/**
 * One stay in a hospital (or a rehab or nursing facility). The discharge date may be a
 * planned one; with it, the app proposes the "coming home" checklist.
 * Coming home before going in is checked by dischargeBeforeAdmission() in
 * shared/record/hospital-stays/dates.ts: a rule across fields here would stop
 * blankInput() from reading this schema's defaults.
 */
export const hospitalStayInputSchema = z.object({
  admittedOn: admittedOnSchema,
  dischargedOn: optionalDate(),
  /** Where: the hospital or facility. */
  hospital: text(200),
  /** Why they went in. */
  reason: text(500),
  warningSigns: longText(),
  whoToCall: text(500),
  notes: longText(),
});
export type HospitalStayInput = z.input<typeof hospitalStayInputSchema>;
export const hospitalStaySchema = storedItemSchema('hospitalStay', hospitalStayInputSchema);
export type HospitalStay = z.infer<typeof hospitalStaySchema>;
