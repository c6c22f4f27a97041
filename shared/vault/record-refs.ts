import type { RecordTable } from './database';

/** Where one record lives: its table and its random id. */
export interface RecordRef {
  table: RecordTable;
  id: string;
}

/** A record to write: where it lives and its value. */
export interface RecordPut extends RecordRef {
  value: unknown;
}
