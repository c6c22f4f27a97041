import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type DocumentPart, type ImportedItem } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import type { CareKind } from '../../../../shared/model/care-item';
import { CCDA_DIR, hasCorpus } from './corpus';

const FRAGMENTS = 'hl7-c-cda-examples/section-fragments';

function readPart(path: string): DocumentPart {
  const outcome = readCcda(new Uint8Array(readFileSync(join(CCDA_DIR, path))), { fileName: 'record.xml', documentPath: '', limits: DEFAULT_LIMITS });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.part;
}
const itemsOf = <K extends CareKind>(part: DocumentPart, kind: K): ImportedItem<K>[] => part.items.filter((item): item is ImportedItem<K> => item.kind === kind);

describe.skipIf(!hasCorpus)('C-CDA mapping on real files', () => {
  it('builds the instruction from structured dose and timing, keeps every code, the sig and the prescriber', () => {
    const [ibuprofen] = itemsOf(readPart(`${FRAGMENTS}/Medications/Med_oral_QID_with_PRN/Med_oral_QID_with_PRN(C-CDA2.1).xml`), 'medication');
    expect(ibuprofen?.input).toMatchObject({
      name: 'ibuprofen 600 MG Oral Tablet',
      strength: '600 MG',
      form: 'tablet',
      doseAmount: '1',
      route: 'mouth',
      timing: { kind: 'timesPerDay', timesPerDay: 4 },
      asNeeded: true,
      instructions: 'Take 1 tablet by mouth 4 times a day if needed.',
      startDate: '2013-12-18',
      status: 'taking',
    });
    expect(ibuprofen?.input.codes?.rxnorm).toEqual(['197806']);
    expect(ibuprofen?.input.codes?.other).toContainEqual(expect.objectContaining({ system: 'NDC', code: '00603402221' }));
    expect(ibuprofen?.input.notes).toContain('Instructions as written: Ibuprofen 600mg Oral Tablet take 1 tablet QID PRN');
    expect(ibuprofen?.input.notes).toContain('Prescribed by Heartly Sixer, MD');
    expect(ibuprofen?.sourceIds.length).toBeGreaterThan(0);
  });

  it('reads bedtime (EIVL_TS), units and the brand of an insulin pen', () => {
    const [insulin] = itemsOf(readPart(`${FRAGMENTS}/Medications/Med_at_bedtime/Med_at_bedtime(C-CDAR2.1).xml`), 'medication');
    expect(insulin?.input).toMatchObject({
      brandName: 'Lantus',
      strength: '100 UNT/ML',
      form: 'injection',
      doseAmount: '40',
      doseUnit: 'units',
      route: 'injection',
      foodCue: 'atBedtime',
      instructions: 'Take 40 units as a shot once a day, at bedtime.',
    });
  });

  it('falls back to the plain-language translator when the timing is a range (every 4 to 6 hours)', () => {
    const [sudafed] = itemsOf(readPart(`${FRAGMENTS}/Medications/Med_every_4-6_hours/Med_every_4-6_hours(C-CDA2.1).xml`), 'medication');
    expect(sudafed?.input.timing).toEqual({ kind: 'none' });
    expect(sudafed?.input.instructions).toContain('every 4 to 6 hours');
    expect(sudafed?.input.brandName).toBe('Sudafed');
  });

  it('keeps an unstructured document’s base64 PDF as an attachment, never fails on it', () => {
    const part = readPart('edge-cases/CDA_with_Embedded_PDF.xml');
    expect(part.documents[0]).toMatchObject({ type: 'Unstructured Document', title: 'Personal Advance Care Document', organization: 'MyDirectives.com' });
    expect(part.attachments).toHaveLength(1);
    const [pdf] = part.attachments;
    expect(pdf?.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf?.data.slice(0, 5))).toBe('%PDF-');
    expect(pdf?.data.length).toBeGreaterThan(100_000);
    // The patient wrote this document: they are not their own care team.
    expect(itemsOf(part, 'careTeamMember').map((member) => member.input.name)).not.toContain('Roger Rienman McBee');
  });

  it('maps a whole CCD: person, provenance, allergies, conditions, visits, vitals, care team, vaccines counted', () => {
    const part = readPart('hl7-onc-reference/C-CDA_R2-1_CCD.xml');
    expect(part.person).toEqual({ name: 'Eve Betterhalf', birthDate: '1975-05-01' });
    expect(part.documents[0]).toMatchObject({ type: 'CCD', title: 'Patient Chart Summary', organization: 'Good Health HIE' });
    const allergies = itemsOf(part, 'allergy').map((allergy) => allergy.input);
    expect(allergies).toContainEqual(expect.objectContaining({ substance: 'Penicillin', reaction: 'Nausea', severity: 'severe' }));
    expect(allergies).toContainEqual(expect.objectContaining({ substance: 'Codeine', reaction: 'Wheezing', severity: 'moderate' }));
    const conditions = itemsOf(part, 'condition').map((condition) => condition.input);
    expect(conditions).toContainEqual(expect.objectContaining({ name: 'Angina', status: 'active', since: '2007-04-17' }));
    expect(conditions.filter((condition) => condition.name === 'Pneumonia').every((condition) => condition.status === 'resolved')).toBe(true);
    const [visit] = itemsOf(part, 'appointment');
    expect(visit?.input).toMatchObject({ startsAt: '2012-09-27T13:00', status: 'done', reason: 'Office outpatient visit 15 minutes' });
    expect(visit?.input.location).toContain('Good Health Urgent Care');
    // Every code kept: the visit's own code and its diagnosis's.
    expect(visit?.input.codes).toMatchObject({ other: [expect.objectContaining({ code: '99213' })] });
    const measurements = itemsOf(part, 'measurement').map((measurement) => measurement.input);
    expect(measurements).toContainEqual(expect.objectContaining({ type: 'bloodPressure', value: 132, value2: 88, takenAt: '2012-09-10T00:00' }));
    expect(measurements).toContainEqual(expect.objectContaining({ type: 'weight', value: 86, unit: 'kg' }));
    // Every code is kept: LOINC for the weight, and both numbers' codes for the blood pressure.
    const weight = measurements.find((measurement) => measurement.type === 'weight');
    expect(weight?.codes?.other?.map((code) => `${code.system} ${code.code}`)).toContain('LOINC 3141-9');
    const pressure = measurements.find((measurement) => measurement.type === 'bloodPressure');
    expect(pressure?.codes?.other?.map((code) => code.code)).toEqual(['8480-6', '8462-4']);
    const [doctor] = itemsOf(part, 'careTeamMember');
    expect(doctor?.input).toMatchObject({ name: 'Patricia Patty Primary, M.D.', role: 'primaryCare', organization: 'The DoctorsTogether Physician Group', phone: '+1(555)555-1004' });
    expect(part.counts.immunizations).toBe(5);
    expect(part.warnings).toContainEqual(expect.objectContaining({ code: 'immunizations-not-kept', message: expect.stringContaining('5 immunizations') }));
    for (const item of part.items) expect(item.provenance).toMatchObject({ fileName: 'record.xml', documentTitle: 'Patient Chart Summary', organization: 'Good Health HIE', documentDate: '2013-08-15T10:30' });
  });

  it('resolves narrative references for names given only as originalText', () => {
    const part = readPart('onc-2015-cert-r2.1/Allscripts_FollowMyHealth/Inpatient_Summary-rebeccalarson.xml');
    // This vendor gives each allergy's substance only as a code and a reference into the narrative.
    const substances = itemsOf(part, 'allergy').map((allergy) => allergy.input.substance);
    expect(substances).toHaveLength(4);
    for (const substance of substances) expect(substance).not.toMatch(/^#|^Substance code/);
  });

  it('says "no known allergies" is not an allergy', () => {
    const part = readPart(`${FRAGMENTS}/Allergies/No_Known_Allergies/No_Known_Allergies_with_Author_Timestamp(C-CDA2.1).xml`);
    expect(part.counts.allergies).toBe(1);
    expect(itemsOf(part, 'allergy')).toEqual([]);
    expect(part.warnings.map((warning) => warning.code)).toContain('no-known-allergies');
  });
});
