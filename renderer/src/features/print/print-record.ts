import { CARE_KINDS } from '../../../../shared/model/care-item';
import type { Person } from '../../../../shared/model/person';
import type { PrintRecord } from '../../../../shared/print/print-request';
import { listItems } from '../../../../shared/record/item-store';
import type { VaultSession } from '../../../../shared/vault/session';

/** One person's whole record, as every printout and the calendar export read it. */
export function printRecordOf(session: VaultSession, person: Person): PrintRecord {
  const items = Object.fromEntries(CARE_KINDS.map((kind) => [kind, listItems(session, kind, person.id)])) as unknown as PrintRecord['items'];
  return { person, items };
}
