import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, requiredText, text } from './fields';

/** Roles as care teams really work. */
export const careTeamRoleSchema = z.enum([
  'primaryCare',
  'specialist',
  'nurseCaseManager',
  'pharmacist',
  'socialWorker',
  'therapist',
  'homeHealth',
  'dentist',
  'familyCaregiver',
  'other',
]);
export type CareTeamRole = z.infer<typeof careTeamRoleSchema>;

export const careTeamMemberInputSchema = z.object({
  name: requiredText('careTeam.nameRequired'),
  role: careTeamRoleSchema.default('primaryCare'),
  specialty: text(120),
  organization: text(200),
  phone: text(60),
  fax: text(60),
  email: z.union([z.literal(''), z.email({ message: 'email.format' })]).default(''),
  address: text(400),
  portalUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url.format' })]).default(''),
  /** Who is the "quarterback", who schedules, who handles medicines. */
  coordinatesCare: z.boolean().default(false),
  schedulesVisits: z.boolean().default(false),
  managesMedicines: z.boolean().default(false),
  handles: text(500),
  notes: longText(),
});
export type CareTeamMemberInput = z.input<typeof careTeamMemberInputSchema>;

export const careTeamMemberSchema = storedItemSchema('careTeamMember', careTeamMemberInputSchema);
export type CareTeamMember = z.infer<typeof careTeamMemberSchema>;
