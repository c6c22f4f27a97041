import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, requiredText, text } from './fields';

/** Roles as care teams really work. The order is the order lists show them in. */
export const CARE_TEAM_ROLES = [
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
] as const;
export const careTeamRoleSchema = z.enum(CARE_TEAM_ROLES);
export type CareTeamRole = z.infer<typeof careTeamRoleSchema>;

/** Pasted addresses often carry spaces around them; they are trimmed before the format check. */
const optionalEmail = () => z.string().trim().pipe(z.union([z.literal(''), z.email({ message: 'email.format' })])).default('');
/** The portal is only ever shown as a link the person opens; CareBinder never fetches it. */
const optionalWebLink = () =>
  z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url.format' })]))
    .default('');

export const careTeamMemberInputSchema = z.object({
  name: requiredText('careTeam.nameRequired'),
  role: careTeamRoleSchema.default('primaryCare'),
  /** For a specialist: what kind ("Cardiology"). */
  specialty: text(120),
  organization: text(200),
  phone: text(60),
  fax: text(60),
  email: optionalEmail(),
  address: text(400),
  portalUrl: optionalWebLink(),
  /** Who is the "quarterback", who schedules, who handles medicines. */
  coordinatesCare: z.boolean().default(false),
  schedulesVisits: z.boolean().default(false),
  managesMedicines: z.boolean().default(false),
  /** Called first in an emergency: named on the medication list, wallet card and emergency sheet. */
  emergencyContact: z.boolean().default(false),
  /** What they take care of, in the person's words ("Diabetes and kidneys"). */
  handles: text(500),
  notes: longText(),
});
export type CareTeamMemberInput = z.input<typeof careTeamMemberInputSchema>;

export const careTeamMemberSchema = storedItemSchema('careTeamMember', careTeamMemberInputSchema);
export type CareTeamMember = z.infer<typeof careTeamMemberSchema>;
