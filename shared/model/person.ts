import { z } from 'zod';
import { optionalPastDateSchema } from './dates';

/** Who the person is to the one keeping the binder; optional. */
export const relationshipSchema = z.enum(['self', 'parent', 'spouse', 'child', 'sibling', 'grandparent', 'friend', 'other']);
export type Relationship = z.infer<typeof relationshipSchema>;

const trimmed = (max: number) => z.string().trim().max(max, { message: 'text.tooLong' });

/** What the person form edits. Messages are translation keys (validation.*). */
export const personInputSchema = z.object({
  fullName: trimmed(200).min(1, { message: 'person.fullNameRequired' }),
  preferredName: trimmed(100).optional().default(''),
  birthDate: optionalPastDateSchema.default(''),
  relationship: relationshipSchema.or(z.literal('')).default(''),
  preferredLanguage: trimmed(60).optional().default(''),
  /** Where the advance directive (living will) is kept, for the emergency sheet ("Top drawer of the desk"). */
  advanceDirectiveLocation: trimmed(300).optional().default(''),
  /** The hospital the person would go to, for the emergency sheet. */
  preferredHospital: trimmed(200).optional().default(''),
});
export type PersonInput = z.input<typeof personInputSchema>;

/** A person as stored in the vault (encrypted, in the `people` table). */
export const personSchema = personInputSchema.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;
