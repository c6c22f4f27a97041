import { join } from 'node:path';
import type { FileFilter, SaveDialogOptions } from 'electron';
import type { FileSaveResult } from '../../shared/ipc/contract';
import type { FileSaveInput } from '../../shared/ipc/schemas';
import type { Logger } from './log';
import { errorCode } from './log';
import { extensionOf, extensionForMimeType } from './mime-types';

export interface SaveFileDeps {
  /** dialog.showSaveDialog, already bound to the sender's window. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** writeFileAtomic bound to node:fs. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Folder the dialog opens in (the user's Documents). */
  defaultDirectory: string;
  log: Logger;
}

/** Only plain short extensions become a filter; anything odd gets no filter at all. */
const FILTER_EXTENSION = /^[a-z0-9]{1,10}$/;

/**
 * One filter for the file's type, so the dialog shows similar files and suggests the right
 * extension. Its label is the extension itself (e.g. "PDF"): no sentence to translate.
 */
export function fileFiltersFor(suggestedName: string, mimeType: string): FileFilter[] {
  const extension = extensionOf(suggestedName) || extensionForMimeType(mimeType);
  if (!FILTER_EXTENSION.test(extension)) return [];
  return [{ name: extension.toUpperCase(), extensions: [extension] }];
}

export function saveDialogOptions(input: FileSaveInput, defaultDirectory: string): SaveDialogOptions {
  return {
    defaultPath: join(defaultDirectory, input.suggestedName),
    filters: fileFiltersFor(input.suggestedName, input.mimeType),
    // dontAddToRecent: a care record's file name should not show up in Windows' recent list.
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/** The 'file:save' handler: ask where, then write atomically. Failures are results, not throws. */
export async function saveFile(input: FileSaveInput, deps: SaveFileDeps): Promise<FileSaveResult> {
  let filePath: string | undefined;
  try {
    const choice = await deps.showSaveDialog(saveDialogOptions(input, deps.defaultDirectory));
    if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
    filePath = choice.filePath;
  } catch (error) {
    deps.log.error('save dialog failed', { code: errorCode(error) });
    return { saved: false, reason: 'failed' };
  }
  try {
    await deps.writeFile(filePath, input.data);
    return { saved: true };
  } catch (error) {
    deps.log.error('writing a file failed', { code: errorCode(error) });
    return { saved: false, reason: 'failed' };
  }
}
