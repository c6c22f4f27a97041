import { describe, expect, it } from 'vitest';
import { medicationInputSchema } from '../../../../shared/model/medication';
import { hasCorpus } from './corpus-files';
import { itemsOf, itemWithSource, readCorpus, readFixture, readJson } from './read-helpers';

const CATALINA = 'synthea-r4-bundles/Catalina_Cantú_6d9269c0-1338-4f86-b703-31e9305ecbc3.json';

describe.skipIf(!hasCorpus)('a Synthea MedicationRequest with dosage', () => {
  const { part } = readCorpus(CATALINA);
  const simvastatin = itemWithSource(part, 'medication', 'MedicationRequest/d9aaab11-2c93-4eb2-b3b9-dfc50e4c99cd');

  it('keeps the RxNorm code and splits the name from the strength', () => {
    expect(simvastatin.input).toMatchObject({ name: 'Simvistatin', strength: '10 MG', codes: { rxnorm: ['316672'] } });
  });

  it('reads dose and timing into structured fields and builds the sentence from them', () => {
    expect(simvastatin.input).toMatchObject({ doseAmount: '1', timing: { kind: 'timesPerDay', timesPerDay: 1 }, asNeeded: false, instructionsEdited: false });
    // The name gives no dose form, so the sentence does not guess one ("1 dose", not "1 tablet").
    expect(simvastatin.input.instructions).toBe('Use 1 dose once a day.');
  });

  it('takes status, date and the reason from the order, and the prescriber through a urn:uuid reference', () => {
    expect(simvastatin.input).toMatchObject({ status: 'stopped', startDate: '1997-08-20' });
    expect(simvastatin.recordedAt).toBe('1997-08-20T11:06:44+00:00');
    expect(simvastatin.input.purpose).not.toBe('');
    expect(simvastatin.links?.prescriber).toEqual({ name: 'Dr. Dolly Morissette', sourceIds: ['Practitioner/0653c047-19b4-466e-a048-0b3917600b43'] });
  });

  it('keeps each repeated order as its own item, with the same codes and name so they can be collapsed', () => {
    const repeats = itemsOf(part, 'medication').filter((item) => item.input.codes?.rxnorm?.includes('316672'));
    expect(repeats.length).toBeGreaterThan(3);
    expect(new Set(repeats.map((item) => item.sourceIds[0])).size).toBe(repeats.length);
    expect(new Set(repeats.map((item) => item.input.name)).size).toBe(1);
    expect(new Set(repeats.map((item) => item.recordedAt)).size).toBe(repeats.length);
    // Every MedicationRequest of the bundle is an item: nothing is merged by the reader.
    expect(itemsOf(part, 'medication')).toHaveLength(part.counts.medications);
  });
});

describe.skipIf(!hasCorpus)('FHIR core examples', () => {
  it('reads a contained Medication named by #id', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/medicationrequest0302.json');
    const [azithromycin] = itemsOf(part, 'medication');
    expect(azithromycin?.input).toMatchObject({ name: 'Azithromycin', strength: '250mg', form: 'tablet', doseAmount: '2', codes: { snomed: ['324252006'] } });
  });

  it('keeps "every 4-6 hours" as written instead of a sentence that drops the 6', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/medicationrequest0301.json');
    const [oxycodone] = itemsOf(part, 'medication');
    expect(oxycodone?.input.instructions).toContain('four to six hours');
    expect(oxycodone?.input.instructionsEdited).toBe(true);
    expect(oxycodone?.input).toMatchObject({ asNeeded: true, asNeededReason: 'Rib Pain', daysSupply: 10, refillsLeft: 0 });
    // The sig as written stays in the notes.
    expect(oxycodone?.input.notes).toContain('one to two tablets every 4-6 hours as needed for rib pain');
  });

  it('reads a MedicationStatement with its dosage and as-needed reason', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/medicationstatementexample1.json');
    const [tylenol] = itemsOf(part, 'medication');
    expect(tylenol?.input).toMatchObject({ name: 'Tylenol PM', doseAmount: '1-2', asNeeded: true, asNeededReason: 'Restless Legs', status: 'taking' });
    expect(tylenol?.input.codes?.other).toEqual([{ system: 'http://hl7.org/fhir/sid/ndc', code: '50580-506-02', display: 'Tylenol PM' }]);
  });

  it('leaves out a statement entered in error, saying so', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/medicationstatementexample5.json');
    expect(itemsOf(part, 'medication')).toHaveLength(0);
    expect(part.warnings.map((warning) => warning.code)).toContain('entered-in-error');
  });
});

describe('a DSTU2 MedicationOrder', () => {
  const { part, format } = readFixture('dstu2-medication-order.json');

  it('is answered as DSTU2', () => {
    expect(format).toBe('fhir-dstu2');
    expect(part.person).toEqual({ name: 'Rosa María Alvarez', birthDate: '1948-03-09' });
  });

  it('maps dosageInstruction, the contained Medication and the prescriber named by an absolute URL', () => {
    const lisinopril = itemWithSource(part, 'medication', 'MedicationOrder/mo-1');
    expect(lisinopril.input).toMatchObject({
      name: 'Lisinopril',
      strength: '10 MG',
      form: 'tablet',
      route: 'mouth',
      doseAmount: '1',
      timing: { kind: 'timesPerDay', timesPerDay: 2 },
      purpose: 'High blood pressure',
      status: 'taking',
      startDate: '2021-04-02',
      daysSupply: 30,
      refillsLeft: 3,
      codes: { rxnorm: ['314076'] },
      instructions: 'Take 1 tablet by mouth 2 times a day.',
    });
    expect(lisinopril.recordedAt).toBe('2021-04-02');
    expect(lisinopril.links?.prescriber).toEqual({ name: 'Dr. Ngozi Okafor', sourceIds: ['Practitioner/dr-9'] });
    expect(medicationInputSchema.safeParse(lisinopril.input).success).toBe(true);
  });

  it('reads AllergyIntolerance.substance and string statuses, and skips "no known allergies"', () => {
    const allergies = itemsOf(part, 'allergy');
    expect(allergies).toHaveLength(1);
    expect(allergies[0]?.input).toMatchObject({ substance: 'Penicillin', reaction: 'Hives', severity: 'severe', category: 'medicine', codes: { rxnorm: ['7980'] } });
    expect(part.counts.allergies).toBe(1);
    expect(part.warnings.map((warning) => warning.code)).toContain('no-known-allergies');
  });

  it('reads a string clinicalStatus and a partial onset date', () => {
    const [pneumonia] = itemsOf(part, 'condition');
    expect(pneumonia?.input).toMatchObject({ name: 'Pneumonia', status: 'resolved', since: '2019-11', codes: { icd10: ['J18.9'] } });
  });

  it('adds the prescriber to the care team once', () => {
    const team = itemsOf(part, 'careTeamMember');
    expect(team.map((member) => member.input.name)).toEqual(['Dr. Ngozi Okafor']);
    expect(team[0]?.input.phone).toBe('555-0142');
  });
});

describe('structured timing', () => {
  const order = (repeat: unknown, extra: Record<string, unknown> = {}) => {
    const { part } = readJson({
      resourceType: 'MedicationRequest',
      id: 'm',
      status: 'active',
      medicationCodeableConcept: { text: 'Metoprolol 25 MG Oral Tablet' },
      dosageInstruction: [{ timing: { repeat }, doseAndRate: [{ doseQuantity: { value: 1, unit: 'TAB' } }], ...extra }],
    });
    const [item] = itemsOf(part, 'medication');
    if (!item) throw new Error('no medication');
    return item.input;
  };

  it('reads every N hours', () => {
    expect(order({ frequency: 1, period: 6, periodUnit: 'h' })).toMatchObject({ timing: { kind: 'everyHours', hours: 6 }, instructions: 'Take 1 tablet by mouth every 6 hours.' });
  });

  it('reads days of the week', () => {
    expect(order({ frequency: 1, period: 1, periodUnit: 'wk', dayOfWeek: ['mon', 'thu'] }).timing).toEqual({ kind: 'daysOfWeek', days: ['mon', 'thu'], timesPerDay: 1 });
  });

  it('reads set times of day', () => {
    expect(order({ timeOfDay: ['08:00:00', '20:00:00'] })).toMatchObject({ timing: { kind: 'setTimes', times: ['08:00', '20:00'] }, instructions: 'Take 1 tablet by mouth at 8:00 AM and 8:00 PM.' });
  });

  it('reads a food cue and an as-needed reason', () => {
    const input = order({ frequency: 2, period: 1, periodUnit: 'd', when: ['C'] }, { asNeededCodeableConcept: { text: 'chest pain' } });
    expect(input).toMatchObject({ foodCue: 'withFood', asNeeded: true, asNeededReason: 'chest pain', instructions: 'Take 1 tablet by mouth 2 times a day if needed for chest pain, with food.' });
  });

  it('leaves a timing it cannot hold to the written sig', () => {
    const input = order({ frequency: 1, period: 2, periodUnit: 'd' }, { text: '1 tab po qod' });
    expect(input.timing).toEqual({ kind: 'none' });
    expect(input.instructionsEdited).toBe(true);
    expect(input.notes).toBe('1 tab po qod');
  });
});
