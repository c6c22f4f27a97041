import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's pdftotext reads it (raw: in drawing order), whitespace collapsed. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Asserts each piece appears, each after the one before; returns the first missing or out-of-order piece. */
export function firstOutOfOrder(text: string, pieces: readonly string[]): string | null {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece.replace(/\s+/g, ' ').trim(), from);
    if (at < 0) return piece;
    from = at + 1;
  }
  return null;
}
