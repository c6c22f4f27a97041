import { Inflate } from 'fflate';
import { importError, type ImportError, type ReadLimits } from '../bundle';
import { Crc32 } from './crc32';
import { readZipDirectory, type ZipEntry } from './zip-directory';

export type { ZipEntry } from './zip-directory';

export type EntryResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

/** Entries this small may compress better than the ratio limit: a page of spaces is not a bomb. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Compressed bytes pushed at a time, between these bounds. */
const MIN_INPUT_CHUNK = 512;
const MAX_INPUT_CHUNK = 64 * 1024;
/**
 * Output aimed at per push: small pieces are short-lived young-generation garbage that the
 * engine frees at once, where megabyte pieces pile up in large-object space (peak memory).
 */
const OUTPUT_PER_PUSH = 128 * 1024;
/** Deflate cannot expand one input byte into more than about 1032 output bytes. */
const DEFLATE_MAX_RATIO = 1032;
/** Let the event loop breathe (cancel, progress) after this many inflated bytes. */
const YIELD_EVERY_BYTES = 1024 * 1024;

export interface StreamOptions {
  /** Streamed entries are not kept whole, so they do not count against maxInflatedBytes. */
  retained: boolean;
  /** Most real bytes this one entry may inflate to (past it: `too-large`); the ratio still applies. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Inflated bytes so far for this entry. */
  onProgress?: (done: number) => void;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A zip opened for reading with every limit enforced on real inflated bytes — never on
 * the sizes the headers claim, which a hostile file can set to anything.
 */
export class SafeZip {
  private inflatedTotal = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ReadLimits,
  ) {}

  /** `maxEntries` defaults to the ordinary limit; Apple Health's export.zip is opened with its own. */
  static open(bytes: Uint8Array, limits: ReadLimits, maxEntries = limits.maxZipEntries): EntryResult<SafeZip> {
    const directory = readZipDirectory(bytes, maxEntries);
    if (!directory.ok) return directory;
    return { ok: true, value: new SafeZip(bytes, directory.entries, limits) };
  }

  /** Files only (no folders), in archive order. */
  files(): ZipEntry[] {
    return this.entries.filter((entry) => !entry.isDirectory);
  }

  /** Inflates one entry whole into memory (at most `maxBytes` of it, when given). */
  async read(entry: ZipEntry, signal?: AbortSignal, maxBytes?: number): Promise<EntryResult<Uint8Array>> {
    const chunks: Uint8Array[] = [];
    const streamed = await this.stream(entry, (chunk) => void chunks.push(chunk), { retained: true, signal, maxBytes });
    if (!streamed.ok) return streamed;
    if (chunks.length === 1) return { ok: true, value: chunks[0]! };
    const data = new Uint8Array(streamed.value);
    let at = 0;
    for (const chunk of chunks) {
      data.set(chunk, at);
      at += chunk.length;
    }
    return { ok: true, value: data };
  }

  /**
   * Inflates one entry chunk by chunk into `onChunk`, counting real output bytes as they
   * appear and stopping the moment a limit is crossed. Answers the entry's real size, or the
   * bytes seen so far when `onChunk` answered false (the reader has seen enough, e.g. refused it).
   */
  async stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean | void, options: StreamOptions): Promise<EntryResult<number>> {
    if (entry.encrypted) return importError('unsupported-format', `The zip entry ${entry.name} is password-protected`);
    if (entry.method !== 0 && entry.method !== 8) {
      return importError('unsupported-format', `The zip entry ${entry.name} uses a compression this app cannot read (method ${entry.method})`);
    }
    const input = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const ratioCap = Math.max(RATIO_GRACE_BYTES, entry.compressedSize * this.limits.maxCompressionRatio);
    // A header that admits to a bomb is believed at once; one that hides it is caught while inflating.
    if (entry.declaredSize > ratioCap || (options.retained && this.inflatedTotal + entry.declaredSize > this.limits.maxInflatedBytes)) {
      return importError('zip-bomb', `The zip entry ${entry.name} would inflate to ${Math.round(entry.declaredSize / 1048576)} MB: refused as a zip bomb`);
    }
    const sizeCap = options.maxBytes ?? Infinity;
    const tooLarge = (): ImportError => ({ code: 'too-large', message: `The zip entry ${entry.name} is larger than ${Math.round(sizeCap / 1048576)} MB, the most read from one entry` });
    if (entry.declaredSize > sizeCap) return { ok: false, error: tooLarge() };
    const crc = new Crc32();
    let produced = 0;
    let sinceYield = 0;
    let limitError: ImportError | null = null;
    let stopped = false;

    const accept = (chunk: Uint8Array): void => {
      if (limitError || stopped || chunk.length === 0) return;
      produced += chunk.length;
      if (options.retained) this.inflatedTotal += chunk.length;
      if (produced > sizeCap) limitError = tooLarge();
      else if (produced > ratioCap) {
        limitError = { code: 'zip-bomb', message: `The zip entry ${entry.name} inflates more than ${this.limits.maxCompressionRatio} times its size: refused as a zip bomb` };
      } else if (options.retained && this.inflatedTotal > this.limits.maxInflatedBytes) {
        limitError = { code: 'zip-bomb', message: `The zip file inflates past ${Math.round(this.limits.maxInflatedBytes / 1048576)} MB: refused as a zip bomb` };
      } else {
        crc.update(chunk);
        if (onChunk(chunk) === false) stopped = true;
      }
    };

    try {
      if (entry.method === 0) {
        for (let at = 0; at < input.length && !limitError && !stopped; at += YIELD_EVERY_BYTES) {
          accept(input.subarray(at, Math.min(input.length, at + YIELD_EVERY_BYTES)));
          options.onProgress?.(produced);
          if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
          if (at + YIELD_EVERY_BYTES < input.length) await yieldToEventLoop();
        }
      } else {
        const inflate = new Inflate((chunk) => accept(chunk));
        for (let at = 0, end = 0; at < input.length && !limitError && !stopped; at = end) {
          // Never push more input than could inflate past what is left of the budget: the cap
          // is hit within a push's worth of bytes, not after a 64 MB surprise.
          const left = Math.min(ratioCap - produced, sizeCap - produced, options.retained ? this.limits.maxInflatedBytes - this.inflatedTotal : Infinity);
          // …and keep each push's output small (ratio so far, pessimistic at first): low peak memory, prompt cancel.
          const ratioSoFar = at === 0 ? DEFLATE_MAX_RATIO : Math.max(1, (produced / at) * 2);
          const chunk = Math.min(MAX_INPUT_CHUNK, Math.floor(left / DEFLATE_MAX_RATIO), Math.floor(OUTPUT_PER_PUSH / ratioSoFar));
          end = Math.min(input.length, at + Math.max(MIN_INPUT_CHUNK, chunk));
          const before = produced;
          inflate.push(input.subarray(at, end), end === input.length);
          sinceYield += produced - before;
          if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
          if (sinceYield >= YIELD_EVERY_BYTES) {
            sinceYield = 0;
            options.onProgress?.(produced);
            await yieldToEventLoop();
            if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
          }
        }
        if (input.length === 0) inflate.push(new Uint8Array(0), true);
      }
    } catch (error) {
      if (limitError) return { ok: false, error: limitError };
      // fflate throws on damaged or cut-off deflate data; its message is a developer's, not the user's.
      const detail = error instanceof Error ? error.message : 'unknown';
      return importError('zip-corrupt', `The zip entry ${entry.name} is damaged (${detail})`);
    }
    if (limitError) return { ok: false, error: limitError };
    if (stopped) return { ok: true, value: produced };
    if (produced !== entry.declaredSize) {
      return importError('zip-corrupt', `The zip entry ${entry.name} is ${produced} bytes but claims ${entry.declaredSize}`);
    }
    if (crc.value() !== entry.crc32) return importError('zip-corrupt', `The zip entry ${entry.name} is damaged (checksum mismatch)`);
    options.onProgress?.(produced);
    return { ok: true, value: produced };
  }
}
