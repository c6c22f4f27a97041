import { dirname, join } from 'node:path';

/** The part of node:fs/promises the writer needs; tests pass a failing fake. */
export interface AtomicWriteFs {
  open(path: string, flags: 'wx', mode: number): Promise<WritableFile>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Random text for the temporary file's name. */
  randomId(): string;
}

/**
 * Writes a file so that the target is, at every moment, either its old content or its new
 * content in full (KeePassXC-style safe save): write a temporary file in the same folder
 * (so the rename stays on one file system), flush it to disk, then rename it over the
 * target. On failure the temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  targetPath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  // The temporary name is ours, not derived from the chosen name (which the user may
  // have made revealing); the leading dot hides it in file managers for its short life.
  const tempPath = join(dirname(targetPath), `.carebinder-${options.randomId()}.tmp`);
  // 'wx' fails if the name exists, so we never write into (or later delete) a file that is
  // not ours. 0o600: readable by the user only until the user decides otherwise.
  const file = await fs.open(tempPath, 'wx', 0o600);
  try {
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
}
