import { DEFAULT_LIMITS, importError, type ImportResult, type ReadLimits } from '../../../../shared/import/bundle';
import type { ReadAnswer, ReadRequest } from './read-messages';

/** Longest a file may take to read before the Worker is stopped (SECURITY.md rows 11–14 want far less). */
export const READ_TIME_LIMIT_MS = 60_000;

/**
 * Extra time per MB of a file over the ordinary size limit (only Apple Health's export.zip
 * gets there). export.xml inflates to 10–20 times its compressed size and streams at about
 * 25 MB a second on a slow shared machine: about a second per archive MB, doubled for slower
 * computers. Cancel still stops it at once.
 */
const EXTRA_MS_PER_LARGE_MB = 2000;

/** The time limit for a file of this many bytes: the ordinary one, longer for a large export. */
export function readTimeLimitMs(fileBytes: number, limits: ReadLimits = DEFAULT_LIMITS): number {
  const overMb = Math.max(0, fileBytes - limits.maxFileBytes) / (1024 * 1024);
  return READ_TIME_LIMIT_MS + Math.ceil(overMb * EXTRA_MS_PER_LARGE_MB);
}

export interface ReadInWorkerOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  timeLimitMs?: number;
  limits?: ReadLimits;
}

/**
 * Reads a file's bytes in a fresh Worker. Cancel (the signal) or the time limit terminates
 * the Worker at once and answers `cancelled` / `timeout`; nothing read is kept.
 */
export function readInWorker(bytes: Uint8Array, fileName: string, options: ReadInWorkerOptions = {}): Promise<ImportResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const timeLimit = options.timeLimitMs ?? readTimeLimitMs(bytes.byteLength, options.limits);
    const timer = setTimeout(() => finish(importError('timeout', 'Reading the file took too long')), timeLimit);
    const onAbort = (): void => finish(importError('cancelled', 'Reading was cancelled'));
    function finish(result: ImportResult): void {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    }
    if (options.signal?.aborted) {
      finish(importError('cancelled', 'Reading was cancelled'));
      return;
    }
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data.done, event.data.total);
      else finish(event.data.result);
    };
    worker.onerror = () => finish(importError('unsupported-format', 'The reader stopped unexpectedly'));
    const request: ReadRequest = { bytes, fileName, limits: options.limits ?? DEFAULT_LIMITS };
    worker.postMessage(request, [bytes.buffer]);
  });
}
