import type { ImportResult, ReadLimits } from '../../../../shared/import/bundle';

/** What the screen sends the import Worker. */
export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
  limits: ReadLimits;
}

/** What the Worker answers: progress now and then, then one result. */
export type ReadAnswer = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ImportResult };
