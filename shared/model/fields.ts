import { z } from 'zod';
import { isoDateSchema, isRealDateTime } from './dates';

/**
 * Field builders shared by the areas' schemas. Messages are translation keys under
 * "validation." in resources/locales/<lang>/common.json.
 */
export const text = (max = 500) => z.string().trim().max(max, { message: 'text.tooLong' }).default('');
export const requiredText = (message: string, max = 200) => z.string().trim().min(1, { message }).max(max, { message: 'text.tooLong' });
export const longText = () => text(5000);

/** A calendar date that may be left empty; any valid day, past or future. */
export const optionalDate = () =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (value === '') return;
      const parsed = isoDateSchema.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'date.invalid' });
    })
    .default('');

/** The shape of a local date and time: YYYY-MM-DDTHH:mm. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A local date and time as a datetime-local field gives it: YYYY-MM-DDTHH:mm. A wrong shape gets the format message only. */
export const localDateTime = () =>
  z
    .string()
    .regex(LOCAL_DATE_TIME, { message: 'dateTime.format' })
    .refine((value) => !LOCAL_DATE_TIME.test(value) || isRealDateTime(value), { message: 'dateTime.invalid' });

/** A time of day, HH:mm (24-hour). */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time.format' });

/** An id of another item (care-team member, appointment …), or empty. */
export const optionalRef = () => z.string().default('');

/** A number typed in a form: empty means "not given". */
export const optionalNumber = (min: number, max: number) =>
  z
    .union([z.number(), z.literal(''), z.null()])
    .transform((value) => (value === '' ? null : value))
    .pipe(z.number().min(min, { message: 'number.range' }).max(max, { message: 'number.range' }).nullable())
    .default(null);

/**
 * No codes, with the keys in sorted order (so are the keys of an `other` entry: code, display,
 * system): the order in which an import fingerprints them (canonical JSON), so that codes built
 * this way are written canonically as they are.
 */
export const emptyCodes = (): Codes => ({ icd10: [], other: [], rxnorm: [], snomed: [] });

export const codesSchema = z
  .object({
    rxnorm: z.array(z.string()).default([]),
    snomed: z.array(z.string()).default([]),
    icd10: z.array(z.string()).default([]),
    other: z.array(z.object({ system: z.string(), code: z.string(), display: z.string().default('') })).default([]),
  })
  // A fresh value each time: a shared default would be frozen with the first item an import hands over.
  .default(emptyCodes);
export type Codes = z.infer<typeof codesSchema>;

/** The code systems with a list of their own in Codes. */
export type CodeList = 'rxnorm' | 'snomed' | 'icd10';

/**
 * Gathers codes, each once, in time linear in their number (a hostile file may hold as many as it
 * likes), in the order first met. A code is the same code in any system of one list; any other
 * code also needs its system to match (the first display met is kept).
 */
export class CodeCollector {
  readonly codes = emptyCodes();
  private readonly seen = new Set<string>();

  add(list: CodeList | null, code: string, system: string, display: string): void {
    const key = list ? `${list}\u0000${code}` : `other\u0000${system}\u0000${code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (list) this.codes[list].push(code);
    else this.codes.other.push({ code, display, system });
  }
}

/** Every code these hold, each once: merging never loses a code, nor drops one someone typed. */
export function mergeCodes(all: ReadonlyArray<Partial<Codes> | undefined>): Codes {
  const collector = new CodeCollector();
  for (const codes of all) {
    for (const list of CODE_LISTS) for (const code of codes?.[list] ?? []) collector.add(list, code, '', '');
    for (const other of codes?.other ?? []) collector.add(null, other.code, other.system, other.display);
  }
  return collector.codes;
}

const CODE_LISTS = ['icd10', 'rxnorm', 'snomed'] as const;
const CODE_KEYS = ['icd10', 'other', 'rxnorm', 'snomed'] as const;
const OTHER_CODE_KEYS = ['code', 'display', 'system'] as const;

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  // Index by index: a hole is not a string (every() would skip it).
  for (let i = 0; i < value.length; i += 1) if (typeof value[i] !== 'string') return false;
  return true;
}

/** True when the object's own keys are some of `allowed` (none other); `exactly` when all of them, in that order. */
function keysWithin(value: object, allowed: readonly string[]): { within: boolean; exactly: boolean } {
  const prototype = Object.getPrototypeOf(value) as unknown;
  let index = 0;
  let exactly = prototype === Object.prototype;
  for (const key in value) {
    if (!allowed.includes(key)) return { within: false, exactly: false };
    if (key !== allowed[index]) exactly = false;
    index += 1;
  }
  return { within: true, exactly: exactly && index === allowed.length };
}

/**
 * What codesSchema gives for a value that already has its exact shape (as importers build codes),
 * without the schema's per-field work; null for anything else, which the schema then judges.
 * Codes built as emptyCodes() builds them are given back as they are, not copied.
 */
export function plainCodes(value: unknown): Codes | null {
  if (value === undefined) return emptyCodes();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const shape = keysWithin(value, CODE_KEYS);
  if (!shape.within) return null;
  const codes = value as Record<string, unknown>;
  let asGiven = shape.exactly;
  const lists = { icd10: [] as string[], rxnorm: [] as string[], snomed: [] as string[] };
  for (const name of CODE_LISTS) {
    const list = codes[name];
    if (list === undefined) continue;
    if (!isStringArray(list)) return null;
    lists[name] = list;
  }
  const other = codes.other ?? [];
  if (!Array.isArray(other)) return null;
  for (const entry of other as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
    const entryShape = keysWithin(entry, OTHER_CODE_KEYS);
    if (!entryShape.within) return null;
    const { system, code, display } = entry as Record<string, unknown>;
    if (typeof system !== 'string' || typeof code !== 'string' || typeof display !== 'string') return null;
    if (!entryShape.exactly) asGiven = false;
  }
  if (asGiven) return value as Codes;
  const others = (other as Codes['other']).map(({ code, display, system }) => ({ code, display, system }));
  return { icd10: lists.icd10, other: others, rxnorm: lists.rxnorm, snomed: lists.snomed };
}
