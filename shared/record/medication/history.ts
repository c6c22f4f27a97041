import type { Medication, MedicationChange } from '../../model/medication';
import { writeDose } from '../../plain-language/instructions';
import type { InstructionPhrases } from '../../plain-language/phrases';
import { medicationInstructions } from './instructions-text';

export interface HistoryContext {
  /** Today, YYYY-MM-DD, in the person's own time zone. */
  today: string;
  /** The language the from/to words are written in (the screen's language when saving). */
  phrases: InstructionPhrases;
}

const entry = (change: MedicationChange['change'], date: string, more: Partial<MedicationChange> = {}): MedicationChange => ({
  date,
  change,
  from: '',
  to: '',
  reason: '',
  by: '',
  ...more,
});

/**
 * What a save changed, as dated history entries: started (on creation), dose changed
 * (strength, amount or unit), instructions changed (for a reason other than the dose), and
 * status changes made in the form. The history already stored is kept as it was.
 */
export function recordChanges(next: Medication, previous: Medication | undefined, { today, phrases }: HistoryContext): Medication {
  const history = [...(previous?.history ?? next.history)];
  if (!previous) {
    history.push(entry('started', next.startDate || today));
    if (next.status !== 'taking') history.push(statusEntry(next, 'taking', today));
    return { ...next, history };
  }
  const dose = doseChange(previous, next, phrases);
  if (dose) history.push(entry('doseChanged', today, dose));
  const instructions = instructionsChange(previous, next, phrases);
  if (instructions) history.push(entry('instructionsChanged', today, instructions));
  if (previous.status !== next.status) history.push(statusEntry(next, previous.status, today));
  return { ...next, history };
}

function statusEntry(next: Medication, before: Medication['status'], today: string): MedicationChange {
  const reason = next.statusReason.trim();
  switch (next.status) {
    case 'paused':
      return entry('paused', today, { reason });
    case 'stopped':
      return entry('stopped', next.endDate || today, { reason });
    case 'taking':
      return entry('resumed', today, { from: before });
  }
}

/** "10 mg" → "20 mg", "1 tablet" → "2 tablets", or both together when both changed. */
function doseChange(previous: Medication, next: Medication, phrases: InstructionPhrases): { from: string; to: string } | null {
  const strengthChanged = previous.strength.trim() !== next.strength.trim();
  const amountChanged = writeDose(previous, phrases) !== writeDose(next, phrases);
  if (!strengthChanged && !amountChanged) return null;
  const describe = (med: Medication): string =>
    [strengthChanged ? med.strength.trim() : '', amountChanged ? writeDose(med, phrases) : ''].filter(Boolean).join(', ');
  return { from: describe(previous), to: describe(next) };
}

/**
 * The sentence changed for a reason of its own — new timing, route, food cue, or words the
 * person typed. A new dose alone is already told by "dose changed".
 */
function instructionsChange(previous: Medication, next: Medication, phrases: InstructionPhrases): { from: string; to: string } | null {
  const before = medicationInstructions(previous, phrases);
  const after = medicationInstructions(next, phrases);
  if (before === after) return null;
  const sameDoseAsBefore = medicationInstructions({ ...next, doseAmount: previous.doseAmount, doseUnit: previous.doseUnit }, phrases);
  if (!next.instructionsEdited && sameDoseAsBefore === before) return null;
  return { from: before, to: after };
}

/** History to show: newest first; entries of the same day in the order they happened, latest first. */
export function historyNewestFirst(history: readonly MedicationChange[]): MedicationChange[] {
  return history
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || b.index - a.index)
    .map(({ change }) => change);
}
