import { describe, expect, it } from 'vitest';
import { isKnownTimeZone } from '../../../../shared/model/appointment';
import { codesOf, conceptText, humanName, localDateTimeOf, partialDateOf, timeZoneOf } from '../../../../shared/import/fhir/fhir-values';
import { splitMedicationName } from '../../../../shared/import/fhir/medication-name';

describe('FHIR values', () => {
  it('gives a time zone the appointment schema knows for every offset', () => {
    for (let hours = -12; hours <= 14; hours++) {
      for (const minutes of ['00', '30', '45']) {
        const sign = hours < 0 ? '-' : '+';
        const zone = timeZoneOf(`2020-01-01T10:00:00${sign}${String(Math.abs(hours)).padStart(2, '0')}:${minutes}`);
        expect(isKnownTimeZone(zone), zone).toBe(true);
      }
    }
    expect(timeZoneOf('2020-01-01T10:00:00-05:00')).toBe('Etc/GMT+5');
    expect(timeZoneOf('2020-01-01T10:00:00+01:00')).toBe('Etc/GMT-1');
    expect(timeZoneOf('2020-01-01T10:00:00Z')).toBe('UTC');
    expect(timeZoneOf('2020-01-01')).toBe('UTC');
  });

  it('keeps the local wall-clock time of a dateTime and refuses impossible days', () => {
    expect(localDateTimeOf('2021-03-28T02:30:00.000-04:00')).toBe('2021-03-28T02:30');
    expect(localDateTimeOf('2021-03-28')).toBe('2021-03-28T00:00');
    expect(localDateTimeOf('2021-02-30T10:00:00Z')).toBe('');
    expect(localDateTimeOf('yesterday')).toBe('');
  });

  it('keeps a partial date as written and drops one in the future', () => {
    expect(partialDateOf('1998')).toBe('1998');
    expect(partialDateOf('1998-07')).toBe('1998-07');
    expect(partialDateOf('1998-07-04T10:00:00Z')).toBe('1998-07-04');
    expect(partialDateOf('2999-01-01')).toBe('');
    expect(partialDateOf('1998-02-31')).toBe('');
  });

  it('sorts codings into RxNorm, SNOMED CT, ICD-10 and others, keeping every one', () => {
    const codes = codesOf({
      coding: [
        { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '197361' },
        { system: 'https://www.nlm.nih.gov/research/umls/rxnorm/', code: '197361' },
        { system: 'http://snomed.info/sct', code: '38341003' },
        { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10' },
        { system: 'urn:oid:2.16.840.1.113883.6.69', code: '0093-7180', display: 'NDC package' },
        { system: 'http://snomed.info/sct' },
      ],
    });
    expect(codes).toEqual({ rxnorm: ['197361'], snomed: ['38341003'], icd10: ['I10'], other: [{ system: 'urn:oid:2.16.840.1.113883.6.69', code: '0093-7180', display: 'NDC package' }] });
  });

  it('leaves SNOMED CT semantic tags off the words', () => {
    expect(conceptText({ coding: [{ display: 'Viral sinusitis (disorder)' }] })).toBe('Viral sinusitis');
    expect(conceptText({ text: 'Aspirin (81 mg)' })).toBe('Aspirin (81 mg)');
  });

  it('writes names from R4 and DSTU2 HumanNames', () => {
    expect(humanName([{ use: 'old', family: 'Smith' }, { use: 'official', family: 'Jones', given: ['Ann', 'B.'], prefix: ['Mrs.'] }])).toBe('Mrs. Ann B. Jones');
    expect(humanName({ family: ['Okafor'], given: ['Ngozi'] })).toBe('Ngozi Okafor');
    expect(humanName([{ text: 'John Smith', family: ['Smith'] }])).toBe('John Smith');
  });

  it('takes RxNorm names apart into name, strength, form and brand', () => {
    expect(splitMedicationName('24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet')).toEqual({ name: 'Metformin hydrochloride', brandName: '', strength: '500 MG', form: 'tablet' });
    expect(splitMedicationName('NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler')).toMatchObject({ name: 'Albuterol', strength: '0.09 MG/ACTUAT', form: 'puff' });
    expect(splitMedicationName('Fluticasone propionate 0.05 MG/ACTUAT Nasal Spray [Flonase]')).toEqual({ name: 'Fluticasone propionate', brandName: 'Flonase', strength: '0.05 MG/ACTUAT', form: 'spray' });
    expect(splitMedicationName('Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet')).toMatchObject({ name: 'Acetaminophen / Oxycodone Hydrochloride', strength: '325 MG / 5 MG' });
    expect(splitMedicationName('1 ML Epinephrine 0.3 MG/ML Auto-Injector')).toMatchObject({ name: 'Epinephrine', strength: '0.3 MG/ML', form: 'injection' });
    expect(splitMedicationName('Simvistatin 10 MG')).toEqual({ name: 'Simvistatin', brandName: '', strength: '10 MG', form: null });
    expect(splitMedicationName('Insulin')).toEqual({ name: 'Insulin', brandName: '', strength: '', form: null });
  });
});
