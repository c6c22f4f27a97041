/**
 * Bench (c): streaming a generated 300 MB Apple Health export.xml with peak memory ≤ 200 MB.
 *
 * The export.xml (step and heart-rate Records with the clinical records among them, as Apple
 * writes it) is generated on the fly into a temp folder and ZIPPED into export.zip beside the
 * clinical-records/*.json files — the file a user actually picks — then imported through
 * readImportFile in a child process (apple-health-child.ts, bundled) whose peak resident memory
 * (resourceUsage().maxRSS) is the figure. Baseline, in another child: the same zip's export.xml
 * inflated and thrown away, no parsing — the floor of reading those bytes at all.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { bundleChild, runChild } from './bundled-child';
import { CLINICAL_FILES, clinicalRecordElement, EXPORT_XML_FOOTER, EXPORT_XML_HEADER, sampleRecord } from '../test/fixtures/import/apple-health/apple-export';
import type { BenchRow } from './measure';
import type { ChildFigures } from './apple-health-child';

const TARGET_BYTES = 300 * 1024 * 1024;
const PEAK_BUDGET_MB = 200;

interface ZipPiece {
  name: string;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Writes a zip by hand with node's zlib (fast), one entry at a time, never the 300 MB in memory. */
class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly pieces: ZipPiece[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  private write(bytes: Uint8Array): void {
    writeSync(this.fd, bytes);
    this.offset += bytes.length;
  }

  /** Adds an entry whose content arrives in pieces from `produce`, deflated piece by piece (sync-flushed). */
  addStreamed(name: string, produce: (emit: (text: string) => void) => void): void {
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    const start = this.offset;
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // sizes in the central directory; UTF-8 names
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(nameBytes.length, 26);
    this.write(header);
    this.write(nameBytes);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    // Each batch is its own deflate stream segment: raw-deflate blocks without BFINAL concatenate.
    const zlib = { finishFlush: 2 /* Z_SYNC_FLUSH */ } as const;
    produce((text) => {
      const bytes = Buffer.from(text);
      crc = crc32(bytes, crc);
      size += bytes.length;
      const out = deflateRawSync(bytes, { level: 6, ...zlib, flush: 2 });
      compressed += out.length;
      this.write(out);
    });
    const end = deflateRawSync(Buffer.alloc(0)); // an empty final block ends the stream
    compressed += end.length;
    this.write(end);
    this.pieces.push({ name, crc, compressed, size, offset: start });
  }

  finish(): void {
    const directoryStart = this.offset;
    for (const piece of this.pieces) {
      const nameBytes = Buffer.from(piece.name);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0808, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt32LE(piece.crc >>> 0, 16);
      entry.writeUInt32LE(piece.compressed, 20);
      entry.writeUInt32LE(piece.size, 24);
      entry.writeUInt16LE(nameBytes.length, 28);
      entry.writeUInt32LE(piece.offset, 42);
      this.write(entry);
      this.write(nameBytes);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.pieces.length, 8);
    end.writeUInt16LE(this.pieces.length, 10);
    end.writeUInt32LE(this.offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    this.write(end);
    closeSync(this.fd);
  }
}

export function generateExportZip(path: string): { xmlBytes: number } {
  const zip = new ZipWriter(path);
  let xmlBytes = 0;
  zip.addStreamed('apple_health_export/export.xml', (emit) => {
    const send = (text: string): void => {
      xmlBytes += Buffer.byteLength(text);
      emit(text);
    };
    send(EXPORT_XML_HEADER);
    let index = 0;
    let clinicalWritten = false;
    while (xmlBytes < TARGET_BYTES - EXPORT_XML_FOOTER.length) {
      const batch: string[] = [];
      for (let i = 0; i < 4000; i += 1) batch.push(sampleRecord(index++));
      if (!clinicalWritten && xmlBytes > TARGET_BYTES / 2) {
        batch.push(...CLINICAL_FILES.map(clinicalRecordElement));
        clinicalWritten = true;
      }
      send(batch.join(''));
    }
    send(EXPORT_XML_FOOTER);
  });
  for (const file of CLINICAL_FILES) {
    zip.addStreamed(`apple_health_export/clinical-records/${file.id}.json`, (emit) => emit(JSON.stringify(file.resource)));
  }
  zip.finish();
  return { xmlBytes };
}

export async function benchAppleHealth(): Promise<BenchRow> {
  const folder = mkdtempSync(join(tmpdir(), 'carebinder-apple-bench-'));
  try {
    const zipPath = join(folder, 'export.zip');
    const { xmlBytes } = generateExportZip(zipPath);
    const zipMb = statSync(zipPath).size / 1048576;
    const script = await bundleChild('apple-health-child.ts', folder);
    const baseline = runChild<ChildFigures>(script, ['inflate', zipPath]);
    const measured = runChild<ChildFigures>(script, ['import', zipPath]);
    const xmlMb = Math.round(xmlBytes / 1048576);
    return {
      name: `Apple Health export.xml ${xmlMb} MB streamed from a ${zipMb.toFixed(1)} MB export.zip (${measured.ok ? measured.detail : `FAILED ${measured.detail}`}): peak RSS ${Math.round(measured.maxRssMb)} MB`,
      ms: measured.ms,
      baseline: `inflate the same export.xml, no parsing: peak RSS ${Math.round(baseline.maxRssMb)} MB`,
      baselineMs: baseline.ms,
      ratio: measured.ms / baseline.ms,
      budget: `peak RSS ≤ ${PEAK_BUDGET_MB} MB`,
      withinBudget: measured.ok && measured.maxRssMb <= PEAK_BUDGET_MB,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await benchAppleHealth());
