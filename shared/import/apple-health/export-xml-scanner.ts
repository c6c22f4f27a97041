import { SaxesParser } from 'saxes';
import type { ImportError, ReadLimits } from '../bundle';

/** One `<ClinicalRecord>` of export.xml: where its FHIR resource lives and who sent it. */
export interface ClinicalRecordRef {
  type: string;
  sourceName: string;
  fhirVersion: string;
  receivedDate: string;
  resourceFilePath: string;
}

export interface ExportXmlSummary {
  clinicalRecords: ClinicalRecordRef[];
  /** `<Record>` samples (steps, heart rate …) seen and not kept. */
  otherRecords: number;
  /** From `<Me HKCharacteristicTypeIdentifierDateOfBirth>`: YYYY-MM-DD or ''. */
  birthDate: string;
}

class ScanFailure extends Error {
  constructor(readonly importError: ImportError) {
    super(importError.message);
  }
}

/**
 * Streams Apple Health's export.xml: text goes in chunk by chunk and only the ClinicalRecord
 * elements are kept, so a file of hundreds of MB of step counts needs almost no memory.
 * The internal DTD's ELEMENT/ATTLIST declarations are fine; any ENTITY declaration is refused.
 */
export class ExportXmlScanner {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly clinicalRecords: ClinicalRecordRef[] = [];
  private otherRecords = 0;
  private birthDate = '';
  private depth = 0;
  private sawRoot = false;
  private failure: ImportError | null = null;

  constructor(private readonly limits: ReadLimits) {
    this.parser.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) {
        throw new ScanFailure({ code: 'xml-entity', message: 'export.xml declares entities, which could be used to attack the app; refused' });
      }
    });
    this.parser.on('opentag', (node) => {
      this.depth += 1;
      if (this.depth > this.limits.maxDepth) {
        throw new ScanFailure({ code: 'too-deep', message: `export.xml nests elements more than ${this.limits.maxDepth} deep` });
      }
      if (this.depth === 1) {
        this.sawRoot = true;
        if (node.name !== 'HealthData') {
          throw new ScanFailure({ code: 'unsupported-format', message: `export.xml starts with <${node.name}>, not Apple Health's <HealthData>` });
        }
      } else if (this.depth === 2 && node.name === 'ClinicalRecord') {
        const attr = (key: string): string => {
          const value = node.attributes[key];
          return typeof value === 'string' ? value : '';
        };
        this.clinicalRecords.push({
          type: attr('type'),
          sourceName: attr('sourceName'),
          fhirVersion: attr('fhirVersion'),
          receivedDate: attr('receivedDate'),
          resourceFilePath: attr('resourceFilePath'),
        });
      } else if (this.depth === 2 && node.name === 'Record') this.otherRecords += 1;
      else if (this.depth === 2 && node.name === 'Me') {
        const birth = node.attributes.HKCharacteristicTypeIdentifierDateOfBirth;
        if (typeof birth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birth)) this.birthDate = birth;
      }
    });
    this.parser.on('closetag', () => void (this.depth -= 1));
  }

  /** Feeds the next piece of text; answers false (and remembers why) once the file is refused. */
  write(text: string): boolean {
    if (this.failure) return false;
    try {
      this.parser.write(text);
      return true;
    } catch (error) {
      this.failure = error instanceof ScanFailure ? error.importError : { code: 'malformed-xml', message: `export.xml is not well-formed XML (${error instanceof Error ? error.message : 'unknown'})` };
      return false;
    }
  }

  finish(): { ok: true; summary: ExportXmlSummary } | { ok: false; error: ImportError } {
    if (!this.failure) {
      try {
        this.parser.close();
        if (!this.sawRoot) this.failure = { code: 'malformed-xml', message: 'export.xml has no root element' };
      } catch (error) {
        this.failure = { code: 'truncated', message: `export.xml ends before it is complete (${error instanceof Error ? error.message : 'unknown'})` };
      }
    }
    if (this.failure) return { ok: false, error: this.failure };
    return { ok: true, summary: { clinicalRecords: this.clinicalRecords, otherRecords: this.otherRecords, birthDate: this.birthDate } };
  }
}
