import type { Medication } from '../../model/medication';
import { writeInstructions } from '../../plain-language/instructions';
import { recordChanges, type HistoryContext } from './history';

/**
 * A medicine as the form is about to save it: the sentence as written now (unless the
 * person's own words), no leftover answers to questions that no longer apply, today as the
 * stop date when a medicine being taken is stopped here without one, and the history of
 * what changed.
 */
export function prepareMedicationSave(item: Medication, previous: Medication | undefined, context: HistoryContext): Medication {
  const stoppedNow = previous !== undefined && previous.status !== 'stopped' && item.status === 'stopped';
  const tidy: Medication = {
    ...item,
    instructions: item.instructionsEdited ? item.instructions : writeInstructions(item, context.phrases),
    asNeededReason: item.asNeeded ? item.asNeededReason : '',
    statusReason: item.status === 'taking' ? '' : item.statusReason,
    endDate: stoppedNow && !item.endDate ? context.today : item.endDate,
  };
  return recordChanges(tidy, previous, context);
}
