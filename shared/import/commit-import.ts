import { CARE_SCHEMAS } from '../model/care-record';
import { newId } from '../model/ids';
import { personInputSchema, type Person, type PersonInput } from '../model/person';
import type { RecordPut, VaultChange, VaultSession } from '../vault/session';
import { newDecisionRowId, type DecisionBatch, type ImportDecision } from './decisions/decision-memory';
import type { Provenance } from './bundle';
import type { Proposal, ReconcileResult } from './reconcile/types';

export interface ImportCommitInput {
  result: ReconcileResult;
  /** Keys of the proposals the user accepted; every other proposal is remembered as rejected. */
  accepted: ReadonlySet<string>;
  /** The person the items go to; with `newPerson`, the id the new person is given. */
  personId: string;
  /** A person created in the same transaction. */
  newPerson?: PersonInput;
  fileName: string;
  now: Date;
}

export interface ImportSummary {
  added: number;
  updated: number;
  rejected: number;
  unchanged: number;
}

export interface ImportPlan {
  change: VaultChange;
  summary: ImportSummary;
}

/**
 * Everything an import writes, as one vault change: the accepted items (new ones with their
 * import source and codes, updated ones keeping their id, source and creation time), the new
 * person if any, and one encrypted row remembering every decision. Nothing is written here.
 */
export function planImportCommit(input: ImportCommitInput): ImportPlan {
  const importedAt = input.now.toISOString();
  const puts: RecordPut[] = [];
  const decisions: ImportDecision[] = [];
  const summary: ImportSummary = { added: 0, updated: 0, rejected: 0, unchanged: input.result.unchanged.length };
  if (input.newPerson) {
    const person: Person = { ...personInputSchema.parse(input.newPerson), id: input.personId, createdAt: importedAt, updatedAt: importedAt };
    puts.push({ table: 'people', id: person.id, value: person });
  }
  // One source per document: every item read from it shares the same (frozen) description.
  const sources = new Map<Provenance, ImportSource>();
  const sourceOf = (provenance: Provenance): ImportSource => {
    let source = sources.get(provenance);
    if (source === undefined) {
      source = { type: 'import', fileName: provenance.fileName, documentTitle: provenance.documentTitle, organization: provenance.organization, documentDate: provenance.documentDate, importedAt };
      sources.set(provenance, source);
    }
    return source;
  };
  for (const proposal of input.result.proposals) {
    if (!input.accepted.has(proposal.key)) {
      summary.rejected += 1;
      decisions.push(...decisionsOf(proposal, 'rejected', ''));
      continue;
    }
    const item = storedItemOf(proposal, input.personId, importedAt, sourceOf);
    puts.push({ table: 'items', id: item.id, value: item });
    if (proposal.existingId === null) summary.added += 1;
    else summary.updated += 1;
    decisions.push(...decisionsOf(proposal, 'accepted', item.id));
  }
  for (const proposal of input.result.unchanged) decisions.push(...decisionsOf(proposal, 'accepted', proposal.existingId ?? ''));
  if (decisions.length > 0) {
    const batch: DecisionBatch = { type: 'importDecisions', personId: input.personId, fileName: input.fileName, decidedAt: importedAt, decisions };
    puts.push({ table: 'settings', id: newDecisionRowId(), value: batch });
  }
  // Every value here is built for this commit (nested parts come from the review, which is done with them).
  return { change: { put: puts, handOver: true }, summary };
}

/** Writes the plan in ONE transaction: an interruption leaves the vault as it was (SECURITY.md #7). */
export async function commitImport(session: VaultSession, input: ImportCommitInput): Promise<ImportSummary> {
  const plan = planImportCommit(input);
  await session.commit(plan.change);
  return plan.summary;
}

function decisionsOf(proposal: Proposal, decision: ImportDecision['decision'], itemId: string): ImportDecision[] {
  if (proposal.entries.length === 0) return [{ fingerprint: proposal.key, sourceIds: [], decision, itemId }];
  return proposal.entries.map((entry) => ({ fingerprint: entry.fingerprint, sourceIds: entry.sourceIds, decision, itemId }));
}

interface ImportSource {
  type: 'import';
  fileName: string;
  documentTitle: string;
  organization: string;
  documentDate: string;
  importedAt: string;
}

function storedItemOf(proposal: Proposal, personId: string, importedAt: string, sourceOf: (provenance: Provenance) => ImportSource): { id: string } {
  const schema = CARE_SCHEMAS[proposal.kind].stored;
  if (proposal.existingId !== null) {
    // An update keeps who it belongs to, where it came from and when it was first written.
    return schema.parse({ ...proposal.fields, kind: proposal.kind, id: proposal.existingId, updatedAt: importedAt }) as { id: string };
  }
  // A new item is built from fields its area's input schema already checked (reconciliation
  // parsed them): only the frame is added here, so a large import is not validated twice.
  const item = { ...proposal.fields, kind: proposal.kind, id: newId(), personId, source: sourceOf(proposal.provenance), createdAt: importedAt, updatedAt: importedAt };
  return item;
}
