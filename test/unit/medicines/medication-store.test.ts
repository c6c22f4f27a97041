// A medicine through the vault: saved with its history, read back the same, changed in one transaction.
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { buildItem, getItem, listItems, saveItems } from '../../../shared/record/item-store';
import { prepareMedicationSave } from '../../../shared/record/medication/prepare-save';
import { stopMedication } from '../../../shared/record/medication/status-actions';
import { instructionPhrases } from '../../../shared/plain-language/languages';

describe('medicines in the vault', () => {
  it('keeps the fields, the sentence and the history across saves', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    const context = { today: '2025-03-10', phrases: instructionPhrases('en') };
    const input = { name: 'Lisinopril', strength: '10 mg', doseAmount: '1/2', doseUnit: '', timing: { kind: 'setTimes' as const, times: ['08:00'] } };
    const first = prepareMedicationSave(buildItem(session, 'medication', 'person-1', input), undefined, context);
    await saveItems(session, [first]);
    expect(getItem(session, 'medication', first.id)).toMatchObject({ doseAmount: '1/2', instructions: 'Take ½ tablet by mouth at 8:00 AM.' });

    const edited = prepareMedicationSave(buildItem(session, 'medication', 'person-1', { ...input, strength: '20 mg' }, first.id), first, context);
    await saveItems(session, [edited]);
    const stopped = stopMedication(edited, 'made her dizzy', '2025-03-11');
    await saveItems(session, [buildItem(session, 'medication', stopped.personId, stopped, stopped.id)]);

    const [saved] = listItems(session, 'medication', 'person-1');
    expect(saved).toMatchObject({ status: 'stopped', statusReason: 'made her dizzy', endDate: '2025-03-11', createdAt: first.createdAt });
    expect(saved?.history.map((e) => [e.change, e.from, e.to, e.reason])).toEqual([
      ['started', '', '', ''],
      ['doseChanged', '10 mg', '20 mg', ''],
      ['stopped', '', '', 'made her dizzy'],
    ]);
  });
});
