import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalDate, text } from './fields';
import { isoDateSchema } from './dates';

export const hospitalStayInputSchema = z.object({
  admittedOn: isoDateSchema,
  dischargedOn: optionalDate(),
  hospital: text(200),
  reason: text(500),
  warningSigns: longText(),
  whoToCall: text(500),
  notes: longText(),
});
export type HospitalStayInput = z.input<typeof hospitalStayInputSchema>;
export const hospitalStaySchema = storedItemSchema('hospitalStay', hospitalStayInputSchema);
export type HospitalStay = z.infer<typeof hospitalStaySchema>;
