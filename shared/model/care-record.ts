import type { z } from 'zod';
import type { CareKind } from './care-item';
import { allergyInputSchema, allergySchema } from './allergy';
import { appointmentInputSchema, appointmentSchema } from './appointment';
import { careTeamMemberInputSchema, careTeamMemberSchema } from './care-team';
import { conditionInputSchema, conditionSchema } from './condition';
import { goalInputSchema, goalSchema } from './goal';
import { hospitalStayInputSchema, hospitalStaySchema } from './hospital-stay';
import { measurementFieldsSchema, measurementInputSchema, measurementSchema } from './measurement';
import { medicationInputSchema, medicationSchema } from './medication';
import { questionInputSchema, questionSchema } from './question';
import { taskInputSchema, taskSchema } from './task';

/** The one registry of areas: for each kind, what a form may submit and what is stored. */
export const CARE_SCHEMAS = {
  careTeamMember: { input: careTeamMemberInputSchema, stored: careTeamMemberSchema },
  medication: { input: medicationInputSchema, stored: medicationSchema },
  allergy: { input: allergyInputSchema, stored: allergySchema },
  condition: { input: conditionInputSchema, stored: conditionSchema },
  appointment: { input: appointmentInputSchema, stored: appointmentSchema },
  goal: { input: goalInputSchema, stored: goalSchema },
  measurement: { input: measurementInputSchema, stored: measurementSchema },
  task: { input: taskInputSchema, stored: taskSchema },
  question: { input: questionInputSchema, stored: questionSchema },
  hospitalStay: { input: hospitalStayInputSchema, stored: hospitalStaySchema },
} as const satisfies Record<CareKind, { input: z.ZodType; stored: z.ZodType }>;

/** The plain object schema of each area's fields (without cross-field rules): used for a blank form's defaults. */
const FIELD_SCHEMAS: Record<CareKind, z.ZodObject> = {
  careTeamMember: careTeamMemberInputSchema,
  medication: medicationInputSchema,
  allergy: allergyInputSchema,
  condition: conditionInputSchema,
  appointment: appointmentInputSchema,
  goal: goalInputSchema,
  measurement: measurementFieldsSchema,
  task: taskInputSchema,
  question: questionInputSchema,
  hospitalStay: hospitalStayInputSchema,
};

/**
 * The values of a blank form for an area: every default from the schema, and an empty
 * string for each required field without one (so inputs start empty, never "undefined").
 */
export function blankInput(kind: CareKind): Record<string, unknown> {
  const fields = FIELD_SCHEMAS[kind];
  const defaults = fields.partial().parse({}) as Record<string, unknown>;
  for (const key of Object.keys(fields.shape)) if (!(key in defaults)) defaults[key] = '';
  return defaults;
}

export type ItemOf<K extends CareKind> = z.infer<(typeof CARE_SCHEMAS)[K]['stored']>;
export type InputOf<K extends CareKind> = z.input<(typeof CARE_SCHEMAS)[K]['input']>;
