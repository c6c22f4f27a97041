// Reconciliation on hand-made bundles: the edge cases real files rarely show side by side.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../shared/import/reconcile/reconcile';
import { emptyMemory } from '../../../../shared/import/decisions/decision-memory';
import type { ImportedItem } from '../../../../shared/import/bundle';
import type { ExistingItem } from '../../../../shared/import/reconcile/existing-index';
import { arriving, importSource, rx, stored } from './helpers';

const run = (items: ImportedItem[], existing: ExistingItem[] = []) => reconcile({ items, existing, memory: emptyMemory(), today: '2025-01-15' });

describe('reconcile', () => {
  it('collapses a medicine ordered at every visit into one proposal with its history', () => {
    const orders = ['2021-03-01', '2022-03-01', '2023-03-01'].map((date, i) =>
      arriving('medication', { name: 'lisinopril 10 MG Oral Tablet', strength: '10 mg', startDate: date, codes: rx('314076') }, { sourceIds: [`MedicationRequest/${i}`], recordedAt: date }),
    );
    const result = run(orders);
    expect(result.proposals).toHaveLength(1);
    const [proposal] = result.proposals;
    expect(proposal).toMatchObject({ status: 'new', kind: 'medication', selectedByDefault: true });
    expect(proposal?.entries).toHaveLength(3);
    expect(proposal?.fields.startDate).toBe('2021-03-01');
    expect((proposal?.fields.history as { change: string; date: string }[]).map((line) => [line.change, line.date])).toEqual([
      ['imported', '2021-03-01'],
      ['imported', '2022-03-01'],
      ['imported', '2023-03-01'],
    ]);
    expect(proposal?.fields.codes).toEqual(rx('314076'));
  });

  it('never merges two strengths, even under one name or a shared code', () => {
    const result = run([
      arriving('medication', { name: 'Lisinopril', strength: '10 mg' }),
      arriving('medication', { name: 'lisinopril', strength: '20mg' }),
      arriving('medication', { name: 'Metformin', strength: '500 mg', codes: rx('860975') }),
      arriving('medication', { name: 'Metformin', strength: '1000 mg', codes: rx('860975') }),
    ]);
    expect(result.proposals.map((p) => `${String(p.fields.name)} ${String(p.fields.strength)}`).sort()).toEqual([
      'Lisinopril 10 mg',
      'Metformin 1000 mg',
      'Metformin 500 mg',
      'lisinopril 20mg',
    ]);
  });

  it('treats spelling of units and case as the same strength, but never guesses between names', () => {
    const result = run([
      arriving('medication', { name: 'Metoprolol succinate', strength: '25 MG' }),
      arriving('medication', { name: 'metoprolol  succinate', strength: '25mg' }),
      arriving('medication', { name: 'Metformin', strength: '25 mg' }),
    ]);
    expect(result.proposals).toHaveLength(2);
  });

  it('finds an existing medicine by RxNorm: unchanged when equal, changed field by field otherwise', () => {
    const existing = stored('medication', { name: 'Atorvastatin', strength: '20 mg', doseAmount: '1', instructions: 'Take 1 tablet at bedtime.', codes: rx('617312') }, importSource('Lakeside Clinic', '2023-01-01'));
    const same = run([arriving('medication', { name: 'atorvastatin calcium 20 MG Oral Tablet', strength: '20 mg', doseAmount: '1', instructions: 'Take 1 tablet at bedtime.', codes: rx('617312') })], [existing]);
    expect(same.proposals).toEqual([]);
    expect(same.unchanged).toHaveLength(1);
    expect(same.unchanged[0]).toMatchObject({ reason: 'sameRxnorm', existingId: existing.id });

    const changed = run([arriving('medication', { name: 'Atorvastatin', strength: '20 mg', doseAmount: '2', instructions: 'Take 2 tablets at bedtime.', codes: rx('617312') })], [existing]);
    expect(changed.proposals).toHaveLength(1);
    expect(changed.proposals[0]).toMatchObject({ status: 'changed', reason: 'sameRxnorm', existingId: existing.id, selectedByDefault: true });
    expect(changed.proposals[0]?.changes).toEqual([
      { field: 'doseAmount', from: '1', to: '2' },
      { field: 'instructions', from: 'Take 1 tablet at bedtime.', to: 'Take 2 tablets at bedtime.' },
    ]);
    expect(changed.proposals[0]?.fields).toMatchObject({ id: existing.id, doseAmount: '2', name: 'Atorvastatin' });
  });

  it('proposes an update to an item typed in by hand only as "likely the same", unticked', () => {
    const typed = stored('medication', { name: 'Lisinopril', strength: '10 mg', doseAmount: '1', pharmacy: '' });
    const result = run([arriving('medication', { name: 'LISINOPRIL', strength: '10 MG', doseAmount: '2', codes: rx('314076') })], [typed]);
    expect(result.proposals[0]).toMatchObject({ status: 'likelySame', reason: 'sameNameStrength', existingIsManual: true, selectedByDefault: false });
    // The merged item keeps the typed name and gains the code.
    expect(result.proposals[0]?.fields).toMatchObject({ name: 'Lisinopril', doseAmount: '2', codes: rx('314076') });
  });

  it('never blanks a field the file leaves empty', () => {
    const typed = stored('medication', { name: 'Lisinopril', strength: '10 mg', doseAmount: '1', pharmacy: 'Main St Pharmacy' });
    const result = run([arriving('medication', { name: 'Lisinopril', strength: '10 mg' })], [typed]);
    expect(result.proposals).toEqual([]);
    expect(result.unchanged).toHaveLength(1);
  });

  it('matches conditions by SNOMED, then ICD-10 however dotted, then name; allergies by substance', () => {
    const existing = [
      stored('condition', { name: 'High blood pressure', codes: { rxnorm: [], snomed: ['38341003'], icd10: [], other: [] } }),
      stored('condition', { name: 'Diabetes', codes: { rxnorm: [], snomed: [], icd10: ['E11.9'], other: [] } }),
      stored('condition', { name: 'Asthma' }),
      stored('allergy', { substance: 'Penicillin' }),
    ];
    const result = run(
      [
        arriving('condition', { name: 'Essential hypertension', codes: { rxnorm: [], snomed: ['38341003'], icd10: [], other: [] } }),
        arriving('condition', { name: 'Type 2 diabetes mellitus without complications', codes: { rxnorm: [], snomed: [], icd10: ['E119'], other: [] } }),
        arriving('condition', { name: 'asthma', status: 'resolved' }),
        arriving('allergy', { substance: 'penicillin', reaction: 'Hives' }),
        arriving('allergy', { substance: 'Peanut', category: 'food' }),
      ],
      existing,
    );
    expect(result.unchanged.map((p) => p.reason).sort()).toEqual(['sameIcd10', 'sameSnomed']);
    expect(result.proposals.map((p) => [p.kind, p.status, p.reason])).toEqual([
      ['allergy', 'likelySame', 'sameSubstance'],
      ['allergy', 'new', null],
      ['condition', 'likelySame', 'sameName'],
    ]);
  });

  it('says a medicine looks stopped when the newer document from its source no longer lists it', () => {
    const old = stored('medication', { name: 'Warfarin', strength: '5 mg' }, importSource('Lakeside Clinic', '2023-01-01'));
    const other = stored('medication', { name: 'Vitamin D', strength: '1000 unit' }, importSource('Another Clinic', '2023-01-01'));
    const result = run([arriving('medication', { name: 'Apixaban', strength: '5 mg' }, { provenance: { documentDate: '2024-05-01' } })], [old, other]);
    const stopped = result.proposals.filter((p) => p.status === 'looksStopped');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ existingId: old.id, reason: 'notListed', selectedByDefault: false, changes: [{ field: 'status', from: 'taking', to: 'stopped' }] });
    expect(stopped[0]?.fields.status).toBe('stopped');
  });

  it('says a medicine looks stopped when its end date has passed, and not when the file lists it again', () => {
    const ended = stored('medication', { name: 'Amoxicillin', strength: '500 mg', endDate: '2024-12-01' });
    expect(run([], [ended]).proposals).toMatchObject([{ status: 'looksStopped', reason: 'endDatePassed', existingIsManual: true }]);
    expect(run([arriving('medication', { name: 'Amoxicillin', strength: '500 mg', endDate: '2024-12-01' })], [ended]).proposals).toEqual([]);
  });

  it('counts entries its area refuses instead of proposing them', () => {
    const result = run([arriving('medication', { name: '' }), arriving('measurement', { type: 'bloodPressure', takenAt: '2024-01-01T10:00', value: 120 })]);
    expect(result.invalid).toBe(2);
    expect(result.proposals).toEqual([]);
  });

  it('collapses the same reading listed by two documents, and keeps readings at other times apart', () => {
    const reading = (takenAt: string, path: string) => arriving('measurement', { type: 'weight', takenAt, value: 70, unit: 'kg' }, { provenance: { documentPath: path } });
    const result = run([reading('2024-01-01T10:00', 'a.xml'), reading('2024-01-01T10:00', 'b.xml'), reading('2024-02-01T10:00', 'b.xml')]);
    expect(result.proposals.map((p) => p.entries.length)).toEqual([2, 1]);
  });
});
