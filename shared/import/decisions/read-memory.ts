import type { VaultSession } from '../../vault/session';
import { memoryFromRows, type DecisionMemory } from './decision-memory';

/** The remembered import decisions about one person, from the unlocked vault. */
export function readDecisionMemory(session: VaultSession, personId: string): DecisionMemory {
  return memoryFromRows(session.all('settings').entries(), personId);
}
