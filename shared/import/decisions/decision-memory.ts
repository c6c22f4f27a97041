import { z } from 'zod';
import { newId } from '../../model/ids';

/**
 * What the user decided about imported entries, remembered so the same file (or an overlapping
 * newer one) does not ask again. Kept in the vault's encrypted `settings` table, one row per
 * import; the row id is random, so nothing about the person or the file is readable in a key.
 */
export const DECISION_ROW_PREFIX = 'import-decisions-';

export const importDecisionSchema = z.object({
  /** The arriving entry's content fingerprint (or a looks-stopped proposal's key). */
  fingerprint: z.string().min(1),
  /** The identifiers the source gave the entry. */
  sourceIds: z.array(z.string()).default([]),
  decision: z.enum(['accepted', 'rejected']),
  /** The binder's item the entry became or matched; '' when rejected as new. */
  itemId: z.string().default(''),
});
export type ImportDecision = z.infer<typeof importDecisionSchema>;

export const decisionBatchSchema = z.object({
  type: z.literal('importDecisions'),
  personId: z.string().min(1),
  fileName: z.string().default(''),
  decidedAt: z.string(),
  decisions: z.array(importDecisionSchema),
});
export type DecisionBatch = z.infer<typeof decisionBatchSchema>;

/** Everything remembered for one person, as reconciliation looks it up. */
export interface DecisionMemory {
  byFingerprint: ReadonlyMap<string, ImportDecision>;
  /** Source identifier → the item it became, for entries that were accepted or matched. */
  itemBySourceId: ReadonlyMap<string, string>;
}

export const emptyMemory = (): DecisionMemory => ({ byFingerprint: new Map(), itemBySourceId: new Map() });

/** Builds the memory of one person from stored rows (other rows and other people are ignored). */
export function memoryFromRows(rows: Iterable<[string, unknown]>, personId: string): DecisionMemory {
  const byFingerprint = new Map<string, ImportDecision>();
  const itemBySourceId = new Map<string, string>();
  const batches: DecisionBatch[] = [];
  for (const [id, value] of rows) {
    if (!id.startsWith(DECISION_ROW_PREFIX)) continue;
    // Other people's rows are passed over by their frame: checking each against the schema
    // would cost a full parse of every import ever made, whoever it was for.
    if ((value as { personId?: unknown } | null)?.personId !== personId) continue;
    const parsed = decisionBatchSchema.safeParse(value);
    if (parsed.success && parsed.data.personId === personId) batches.push(parsed.data);
  }
  // Later decisions override earlier ones about the same content.
  batches.sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0));
  for (const batch of batches)
    for (const decision of batch.decisions) {
      byFingerprint.set(decision.fingerprint, decision);
      if (decision.itemId !== '') for (const sourceId of decision.sourceIds) itemBySourceId.set(sourceId, decision.itemId);
    }
  return { byFingerprint, itemBySourceId };
}

export const newDecisionRowId = (): string => `${DECISION_ROW_PREFIX}${newId()}`;
