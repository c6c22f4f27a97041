import { emptyCodes } from '../../model/fields';
import type { AllergyInput } from '../../model/allergy';
import type { ConditionInput } from '../../model/condition';
import type { MedicationInput } from '../../model/medication';
import { todayIso } from '../../model/dates';
import { emptyCounts, type DocumentPart, type ImportedItem, type ReadContext } from '../bundle';
import { child, childrenNamed, path, textOf, type XmlElement } from '../xml';
import { clip } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';
import { brandOf, formOf, strengthOf } from './medication-details';
import { Narrative } from './cda-values';

/** A CCR `<Description><Text>` or `<ProductName><Text>`, with its codes kept as "other". */
function described(element: XmlElement | undefined): { text: string; codes: ReturnType<typeof emptyCodes> } {
  const codes = emptyCodes();
  for (const code of childrenNamed(element, 'Code')) {
    const value = textOf(child(code, 'Value'));
    const system = textOf(child(code, 'CodingSystem'));
    if (!value) continue;
    if (/rxnorm/i.test(system)) codes.rxnorm.push(value);
    else if (/snomed/i.test(system)) codes.snomed.push(value);
    else if (/icd-?10/i.test(system)) codes.icd10.push(value);
    else codes.other.push({ code: value, display: '', system: system || 'CCR' });
  }
  return { text: textOf(child(element, 'Text')), codes };
}

/**
 * ASTM CCR (Continuity of Care Record), found inside older XDM packages: medicines (product
 * name and strength), alerts (allergies) and problems are taken; everything else is reported.
 */
export function readCcr(root: XmlElement, readContext: ReadContext): DocumentPart {
  const date = textOf(path(root, 'DateTime', 'ExactDateTime')).slice(0, 10);
  const document = { path: readContext.documentPath, title: 'Continuity of Care Record', type: 'CCR', organization: '', date };
  const context: EntryContext = {
    narrative: new Narrative(root),
    provenance: { fileName: readContext.fileName, documentPath: readContext.documentPath, documentTitle: document.title, organization: '', documentDate: date },
    warnings: [],
    today: todayIso(),
  };
  const body = child(root, 'Body');
  const counts = emptyCounts();
  const items: ImportedItem[] = [];
  for (const medication of childrenNamed(child(body, 'Medications'), 'Medication')) {
    counts.medications++;
    const product = child(medication, 'Product');
    const { text: name, codes } = described(child(product, 'ProductName'));
    const strength = [textOf(path(product, 'Strength', 'Value')), textOf(path(product, 'Strength', 'Units', 'Unit'))].filter(Boolean).join(' ');
    const sig = textOf(path(medication, 'PatientInstructions', 'Instruction', 'Text')) || textOf(path(medication, 'Directions', 'Direction', 'Description', 'Text'));
    const status = textOf(path(medication, 'Status', 'Text')).toLowerCase();
    const input: MedicationInput = {
      name: clip(name, 200),
      brandName: textOf(path(product, 'BrandName', 'Text')) || brandOf(name),
      strength: clip(strength || strengthOf(name), 100),
      form: formOf(`${name} ${textOf(path(product, 'Form', 'Text'))}`, undefined),
      status: /inactive|discontinued|stopped|completed/.test(status) ? 'stopped' : 'taking',
      codes,
      notes: sig ? `Instructions as written: ${clip(sig, 4900)}` : '',
    };
    const item = name ? makeItem('medication', input, context, [textOf(child(medication, 'CCRDataObjectID'))].filter(Boolean), '') : null;
    if (item) items.push(item);
  }
  for (const alert of childrenNamed(child(body, 'Alerts'), 'Alert')) {
    counts.allergies++;
    const agent = described(path(alert, 'Agent', 'Products', 'Product', 'Description'));
    const substance = agent.text || described(child(alert, 'Description')).text;
    if (!substance || /^no known/i.test(substance)) continue;
    const input: AllergyInput = { substance: clip(substance, 200), reaction: clip(textOf(path(alert, 'Reaction', 'Description', 'Text')), 300), codes: agent.codes };
    const item = makeItem('allergy', input, context, [textOf(child(alert, 'CCRDataObjectID'))].filter(Boolean), '');
    if (item) items.push(item);
  }
  for (const problem of childrenNamed(child(body, 'Problems'), 'Problem')) {
    counts.problems++;
    const { text: name, codes } = described(child(problem, 'Description'));
    if (!name) continue;
    const input: ConditionInput = { name: clip(name, 200), status: /resolved|inactive/i.test(textOf(path(problem, 'Status', 'Text'))) ? 'resolved' : 'active', codes };
    const item = makeItem('condition', input, context, [textOf(child(problem, 'CCRDataObjectID'))].filter(Boolean), '');
    if (item) items.push(item);
  }
  warn(context, 'legacy-format', 'This is an older CCR document: medicines, allergies and problems were taken; visits, results and vaccines in it were not.');
  return { documents: [document], person: { name: '', birthDate: '' }, items, counts, attachments: [], warnings: context.warnings };
}
