/// <reference lib="webworker" />
import { readImportFile } from '../../../../shared/import/read-import-file';
import type { ReadLimits } from '../../../../shared/import/bundle';
import type { ReadAnswer, ReadRequest } from './read-messages';

/**
 * Reads an imported file off the main thread: a hostile or huge file can only cost this
 * Worker, which the screen terminates on Cancel or when the time limit passes.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { bytes, fileName, limits } = event.data;
  const post = (answer: ReadAnswer): void => self.postMessage(answer);
  try {
    const result = await readImportFile(bytes, fileName, {
      limits: limits satisfies ReadLimits,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', result });
  } catch {
    // readImportFile never throws by contract; this keeps a broken reader from hanging the screen.
    post({ type: 'done', result: { ok: false, error: { code: 'unsupported-format', message: 'The reader stopped unexpectedly' } } });
  }
};
