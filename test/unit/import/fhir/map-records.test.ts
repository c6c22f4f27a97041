import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { hasCorpus, readCorpusFile } from './corpus-files';
import { itemsOf, itemWithSource, readCorpus, readJson, readOk } from './read-helpers';

const readLines = (text: string) => readOk(new TextEncoder().encode(text), 'bulk.ndjson');

const EURA = 'synthea-r4-bundles/Eura_Treutel_8a12e2bb-ecc5-43e9-8de2-bfd019911f7f.json';

describe.skipIf(!hasCorpus)('Synthea bundle records', () => {
  const { part } = readCorpus(EURA);

  it('reads the person from the Patient resource', () => {
    expect(part.person).toEqual({ name: 'Mrs. Eura Treutel', birthDate: '1935-01-15' });
  });

  it('reads a Condition with its SNOMED code, status and onset', () => {
    const prediabetes = itemWithSource(part, 'condition', 'Condition/ce64e1a7-e6f8-4217-966b-ea9a47d6cd45');
    expect(prediabetes.input).toMatchObject({ name: 'Prediabetes', status: 'active', since: '1971-07-13', codes: { snomed: ['15777000'] } });
  });

  it('reads each Encounter as a past visit with whom, where and why, through urn:uuid references', () => {
    const visit = itemWithSource(part, 'appointment', 'Encounter/3b1391ef-c6d7-4e14-8ce8-31652d1c697a');
    expect(visit.input).toMatchObject({
      startsAt: '1971-07-12T06:12',
      timeZone: 'UTC',
      status: 'done',
      withName: 'Dr. Rebecca Labadie',
      location: 'NEWTON-WELLESLEY HOSPITAL',
      reason: 'Encounter for symptom; Viral sinusitis',
      // Every code kept: the visit's type and its reason.
      codes: { snomed: ['185345009', '444814009'] },
    });
  });

  it('reads blood pressure from its components, and weight, blood sugar and A1c as their own types', () => {
    const measurements = itemsOf(part, 'measurement');
    const pressure = itemWithSource(part, 'measurement', 'Observation/aa11d994-c550-4ee7-a8f6-762b417eb8ff');
    expect(pressure.input).toMatchObject({ type: 'bloodPressure', takenAt: '2011-05-24T06:12', unit: 'mmHg' });
    expect(pressure.input.value).toBeCloseTo(108.55, 1);
    expect(pressure.input.value2).toBeCloseTo(69.86, 1);
    for (const type of ['weight', 'bloodSugar', 'a1c', 'custom'] as const) expect(measurements.some((item) => item.input.type === type), type).toBe(true);
    // Synthea's pain scores have decimals (2.9); the pain type holds whole numbers 0-10, so they stay custom, never rounded.
    const pain = measurements.filter((item) => item.input.customName?.startsWith('Pain severity'));
    expect(pain.length).toBeGreaterThan(0);
    expect(pain.every((item) => item.input.type === 'custom' && !Number.isInteger(item.input.value))).toBe(true);
    const custom = measurements.find((item) => item.input.type === 'custom' && item.input.customName === 'Body Height');
    expect(custom?.input.unit).toBe('cm');
    // Every code is kept: the reading's LOINC, and for blood pressure the panel's and both numbers'.
    expect(custom?.input.codes?.other).toContainEqual({ system: 'http://loinc.org', code: '8302-2', display: 'Body Height' });
    expect(pressure.input.codes?.other?.map((code) => code.code)).toEqual(['55284-4', '8480-6', '8462-4']);
    expect(measurements.every((item) => (item.input.codes?.other?.length ?? 0) > 0)).toBe(true);
  });

  it('reads goals and turns care-plan activities into tasks linked to the plan’s goals', () => {
    expect(itemsOf(part, 'goal').map((goal) => goal.input.statement)).toContain('Maintain blood pressure below 140/90 mmHg');
    const diet = itemsOf(part, 'task').find((task) => task.input.title === 'Diabetic diet');
    expect(diet?.links?.goalSourceIds).toContain('Goal/8a6cf55a-39c6-4607-97d7-bb8fe5e708b9');
    // An activity repeated in one plan is one task.
    const titles = itemsOf(part, 'task').map((task) => `${task.sourceIds[0]}`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('reads a target written only in a goal’s words (A1c, blood sugar, blood pressure)', () => {
    const goal = (statement: string) => itemsOf(part, 'goal').find((item) => item.input.statement === statement)?.input;
    expect(goal('Hemoglobin A1c total in Blood < 7.0')).toMatchObject({ measureType: 'a1c', targetComparator: 'below', targetValue: 7, targetUnit: '%' });
    expect(goal('Glucose [Mass/volume] in Blood < 108')).toMatchObject({ measureType: 'bloodSugar', targetComparator: 'below', targetValue: 108 });
    expect(goal('Maintain blood pressure below 140/90 mmHg')).toMatchObject({ measureType: 'bloodPressure', targetValue: 140, targetValue2: 90, targetUnit: 'mmHg' });
    expect(goal('Address patient knowledge deficit on diabetic self-care')).toMatchObject({ measureType: '', targetValue: null });
  });

  it('adds each practitioner and organization to the care team once', () => {
    const names = itemsOf(part, 'careTeamMember').map((member) => member.input.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Dr. Rebecca Labadie');
    expect(part.counts.careTeam).toBe(names.length);
  });
});

describe.skipIf(!hasCorpus)('Synthea bulk NDJSON', () => {
  it('reads one resource per line, with the time zone of each visit’s offset', () => {
    const { part, format } = readCorpus('synthea-bulk-ndjson/Encounter.000.ndjson');
    expect(format).toBe('fhir-ndjson');
    expect(part.counts.encounters).toBe(1072);
    const visit = itemWithSource(part, 'appointment', 'Encounter/00d2903a-e2d6-20e6-df87-52bb6477f24f');
    // 22:58 at -05:00 stays 22:58 local, in the zone five hours behind UTC; references by identifier fall back to their display.
    expect(visit.input).toMatchObject({ startsAt: '1989-12-16T22:58', timeZone: 'Etc/GMT+5', durationMinutes: 43, withName: 'Dr. Millie392 Eichmann909', location: 'UK ST FRANCIS URGENT CARE' });
  });

  it('resolves references by identifier when the type files are read together', () => {
    const text = ['Practitioner', 'PractitionerRole', 'Organization', 'Encounter'].map((type) => new TextDecoder().decode(readCorpusFile(`synthea-bulk-ndjson/${type}.000.ndjson`))).join('\n');
    const { part } = readLines(text);
    // Each PractitionerRole (practitioner and organization named by identifier) joins its practitioner: 43 people, 43 organizations.
    expect(part.counts.careTeam).toBe(86);
    const irvin = itemWithSource(part, 'careTeamMember', 'Practitioner/0965e26a-8bc3-395f-b7b0-4620fb6e778c');
    expect(irvin.input).toMatchObject({ name: 'Dr. Irvin970 Emard19', role: 'primaryCare', specialty: 'General Practice Physician', organization: 'HAND IN HAND HOSPICE' });
    expect(irvin.sourceIds).toContain('PractitionerRole/a84876a7-d477-aa93-1381-09c87dfb5137');
  });

  it('says when a file holds several people', () => {
    const { part } = readCorpus('synthea-bulk-ndjson/Patient.000.ndjson');
    expect(part.warnings.find((warning) => warning.code === 'several-people')?.message).toContain('9 people');
    expect(part.person.name).not.toBe('');
  });
});

describe.skipIf(!hasCorpus)('FHIR core and US Core examples', () => {
  it('reads a booked Appointment as a confirmed visit with its practitioner and place', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/appointment-example.json');
    const [visit] = itemsOf(part, 'appointment');
    expect(visit?.input).toMatchObject({ startsAt: '2013-12-10T09:00', status: 'confirmed', durationMinutes: 120, withName: 'Dr Adam Careful', location: 'South Wing, second floor' });
    expect(part.counts.appointments).toBe(1);
  });

  it('reads a CareTeam’s members with their roles, never the patient', () => {
    const { part } = readCorpus('us-core-examples/careteam-example.json');
    const team = itemsOf(part, 'careTeamMember').map((member) => [member.input.name, member.input.role]);
    expect(team).toEqual([
      ['Ronald Bone, MD', 'specialist'],
      ['Kathy Fielding, MD', 'primaryCare'],
      ['Sarah van Putten', 'familyCaregiver'],
    ]);
  });

  it('reads an R4 AllergyIntolerance with its reaction and severity', () => {
    const { part } = readCorpus('hl7-fhir-core-3.5.0-examples/allergyintolerance-example.json');
    const [allergy] = itemsOf(part, 'allergy');
    expect(allergy?.input).toMatchObject({ substance: 'Cashew nuts', severity: 'severe', category: 'food' });
    expect(allergy?.input.reaction).toContain('Anaphylactic reaction');
  });

  it('keeps a PDF document as an attachment', () => {
    const { part } = readCorpus('us-core-examples/DocumentReference-adi-dnr.json');
    expect(part.attachments).toHaveLength(1);
    const [pdf] = part.attachments;
    expect(pdf?.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf?.data.subarray(0, 5))).toBe('%PDF-');
  });

  it('hands an embedded C-CDA to the C-CDA reader and adds what it reads', () => {
    const file = 'us-core-examples/documentreference-episode-summary.json';
    const { part } = readCorpus(file);
    const resource = JSON.parse(new TextDecoder().decode(readCorpusFile(file))) as { content: { attachment: { data: string } }[] };
    const xml = Uint8Array.from(atob(resource.content[0]!.attachment.data), (char) => char.charCodeAt(0));
    const direct = readCcda(xml, { fileName: 'documentreference-episode-summary.json', documentPath: 'DocumentReference/episode-summary', limits: DEFAULT_LIMITS });
    expect(direct.ok).toBe(true);
    if (direct.ok) {
      expect(direct.part.items.length).toBeGreaterThan(10);
      expect(part.items.length).toBe(direct.part.items.length);
      expect(part.person.name).toBe(direct.part.person.name);
      expect(part.documents.length).toBe(1 + direct.part.documents.length);
    } else {
      expect(part.warnings.map((warning) => warning.code)).toContain('embedded-document-unread');
    }
  });
});

describe('references', () => {
  it('resolves relative, absolute and contained references', () => {
    const { part } = readJson({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'https://ehr.example.org/fhir/Practitioner/7', resource: { resourceType: 'Practitioner', id: '7', name: [{ given: ['Ana'], family: 'Ruiz' }] } },
        { fullUrl: 'https://ehr.example.org/fhir/Condition/c1', resource: { resourceType: 'Condition', id: 'c1', code: { text: 'Gout' } } },
        {
          resource: {
            resourceType: 'MedicationRequest',
            id: 'a',
            status: 'active',
            contained: [{ resourceType: 'Medication', id: 'm', code: { text: 'Allopurinol 100 MG Oral Tablet' } }],
            medicationReference: { reference: '#m' },
            requester: { reference: 'Practitioner/7' },
            reasonReference: [{ reference: 'https://ehr.example.org/fhir/Condition/c1/_history/2' }],
          },
        },
      ],
    });
    const [allopurinol] = itemsOf(part, 'medication');
    expect(allopurinol?.input).toMatchObject({ name: 'Allopurinol', strength: '100 MG', purpose: 'Gout' });
    expect(allopurinol?.links?.prescriber).toEqual({ name: 'Ana Ruiz', sourceIds: ['Practitioner/7'] });
  });
});
