// Reconciliation on real files: a Synthea bundle (a MedicationRequest per visit) imported twice,
// then a hand-made newer C-CDA of the same person that repeats two medicines and adds new ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../../vault/helpers';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { reconcile } from '../../../../shared/import/reconcile/reconcile';
import { readDecisionMemory } from '../../../../shared/import/decisions/read-memory';
import { commitImport } from '../../../../shared/import/commit-import';
import { itemsOf } from '../../../../shared/people/people-store';
import { listItems } from '../../../../shared/record/item-store';
import type { ExistingItem } from '../../../../shared/import/reconcile/existing-index';
import type { VaultSession } from '../../../../shared/vault/session';

const BUNDLES = join(import.meta.dirname, '../../../../../shared/corpus/fhir/synthea-r4-bundles');
const CCDA = join(import.meta.dirname, '../../../fixtures/import/ccda/eura-treutel-newer-ccd.xml');
const present = existsSync(BUNDLES);
if (!present) console.warn(`[unit] import corpus test skipped: ${BUNDLES} is absent`);
const PERSON = 'eura';

async function importFile(session: VaultSession, path: string) {
  const read = await readImportFile(new Uint8Array(readFileSync(path)), path.split('/').pop() ?? '');
  if (!read.ok) throw new Error(`${path} refused: ${read.error.code}`);
  const result = reconcile({
    items: read.bundle.items,
    existing: itemsOf(session, PERSON) as ExistingItem[],
    memory: readDecisionMemory(session, PERSON),
    today: '2026-12-01',
  });
  await commitImport(session, { result, accepted: new Set(result.proposals.map((p) => p.key)), personId: PERSON, fileName: 'f', now: new Date('2026-12-01T10:00:00Z') });
  return { bundle: read.bundle, result };
}

describe.skipIf(!present)('reconciling corpus files', () => {
  it('imports a Synthea bundle once, each medicine once with its history, then nothing new, then only what a newer C-CDA adds', async () => {
    const bundle = join(BUNDLES, readdirSync(BUNDLES).find((name) => name.startsWith('Eura_Treutel')) ?? '');
    const session = (await testVault().create(PASSPHRASE)).session;

    const first = await importFile(session, bundle);
    const medicineEntries = first.bundle.items.filter((item) => item.kind === 'medication');
    const medicineProposals = first.result.proposals.filter((p) => p.kind === 'medication');
    // 10 simvastatin orders (one per yearly visit) and one each of six other medicines.
    expect(medicineEntries.length).toBe(16);
    expect(medicineProposals).toHaveLength(7);
    const simvastatin = medicineProposals.find((p) => (p.fields.codes as { rxnorm: string[] }).rxnorm.includes('316672'));
    expect(simvastatin?.entries).toHaveLength(10);

    const medicines = listItems(session, 'medication', PERSON);
    expect(new Set(medicines.map((m) => m.codes.rxnorm.join())).size).toBe(medicines.length);
    const stored = medicines.find((m) => m.codes.rxnorm.includes('316672'));
    expect(stored?.history.filter((line) => line.change === 'imported')).toHaveLength(10);
    expect(stored?.source).toMatchObject({ type: 'import', organization: expect.any(String) });

    const again = await importFile(session, bundle);
    expect(again.result.proposals).toEqual([]);
    expect(again.result.alreadyDecided).toBe(first.bundle.items.length - first.result.invalid);

    const newer = await importFile(session, CCDA);
    expect(newer.result.proposals.map((p) => [p.kind, p.status, (p.fields.codes as { rxnorm: string[] }).rxnorm[0]])).toEqual([
      ['medication', 'new', '860975'],
      ['medication', 'new', '314076'],
      ['allergy', 'new', '7984'],
    ]);
    expect(newer.result.unchanged.map((p) => p.reason)).toEqual(['sameRxnorm', 'sameRxnorm']);
    expect(listItems(session, 'medication', PERSON)).toHaveLength(9);
  });
});
