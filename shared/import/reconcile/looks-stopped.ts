import type { MedicationChange } from '../../model/medication';
import type { ImportedItem, Provenance } from '../bundle';
import type { DecisionMemory } from '../decisions/decision-memory';
import type { ExistingItem } from './existing-index';
import { fingerprintOf } from './normalize';
import type { MatchReason, Proposal } from './types';

interface LooksStoppedInput {
  existing: readonly ExistingItem[];
  items: readonly ImportedItem[];
  /** Items an arriving entry matched: listed again, so not stopped. */
  matchedIds: ReadonlySet<string>;
  memory: DecisionMemory;
  today: string;
}

interface ImportSource {
  type: 'import';
  fileName: string;
  documentTitle?: string;
  organization?: string;
  documentDate?: string;
}

const importSourceOf = (item: ExistingItem): ImportSource | null => {
  const source = item.source as Partial<ImportSource> | undefined;
  return source?.type === 'import' ? (source as ImportSource) : null;
};

/**
 * Medicines still marked as taken that look stopped: an earlier import from the same organization
 * listed them and the newer document from it does not; or their end date has passed. Each is a
 * proposal to mark it stopped, ticked only for imported medicines.
 */
export function looksStoppedProposals(input: LooksStoppedInput): Proposal[] {
  const newestByOrganization = new Map<string, Provenance>();
  for (const item of input.items) {
    const { organization, documentDate } = item.provenance;
    if (item.kind !== 'medication' || organization === '') continue;
    const known = newestByOrganization.get(organization);
    if (!known || documentDate > known.documentDate) newestByOrganization.set(organization, item.provenance);
  }
  const proposals: Proposal[] = [];
  for (const item of input.existing) {
    if (item.kind !== 'medication' || item.status === 'stopped' || input.matchedIds.has(item.id)) continue;
    const source = importSourceOf(item);
    const newer = source?.organization ? newestByOrganization.get(source.organization) : undefined;
    let reason: MatchReason | null = null;
    let provenance: Provenance | undefined;
    if (source && newer && newer.documentDate > (source.documentDate ?? '')) {
      reason = 'notListed';
      provenance = newer;
    } else if (typeof item.endDate === 'string' && item.endDate !== '' && item.endDate < input.today) {
      reason = 'endDatePassed';
    }
    if (reason === null) continue;
    const key = `stopped|${fingerprintOf(`${item.id}|${reason}|${String(item.endDate)}|${provenance?.documentDate ?? ''}`)}`;
    if (input.memory.byFingerprint.has(key)) continue;
    const history = (item.history as MedicationChange[] | undefined) ?? [];
    const stopDate = reason === 'endDatePassed' ? String(item.endDate) : (provenance?.documentDate.slice(0, 10) || input.today);
    proposals.push({
      key,
      kind: 'medication',
      status: 'looksStopped',
      fields: { ...item, status: 'stopped', history: [...history, { date: stopDate, change: 'stopped', from: '', to: '', reason: '', by: provenance?.organization ?? '' }] },
      existingId: item.id,
      existingIsManual: source === null,
      reason,
      changes: [{ field: 'status', from: String(item.status), to: 'stopped' }],
      provenance: provenance ?? { fileName: source?.fileName ?? '', documentPath: '', documentTitle: source?.documentTitle ?? '', organization: source?.organization ?? '', documentDate: source?.documentDate ?? '' },
      entries: [],
      selectedByDefault: false,
    });
  }
  return proposals;
}
