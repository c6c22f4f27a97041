import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileFiltersFor, saveDialogOptions, saveFile } from '../../../electron/main/save-file';
import type { SaveFileDeps } from '../../../electron/main/save-file';
import { recordingLogger } from './helpers';

const input = { suggestedName: 'medications.pdf', data: new Uint8Array([37, 80]), mimeType: 'application/pdf' };

function deps(overrides: Partial<SaveFileDeps> = {}): SaveFileDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/user/Documents/medications.pdf' })),
    writeFile: vi.fn(async () => undefined),
    defaultDirectory: '/home/user/Documents',
    log: recordingLogger().log,
    ...overrides,
  };
}

describe('fileFiltersFor', () => {
  it('derives one filter from the extension, or from the MIME type', () => {
    expect(fileFiltersFor('report.PDF', 'application/pdf')).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(fileFiltersFor('appointments.ics', 'text/calendar')).toEqual([{ name: 'ICS', extensions: ['ics'] }]);
    expect(fileFiltersFor('backup', 'application/pdf')).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(fileFiltersFor('backup', 'application/octet-stream')).toEqual([]);
    expect(fileFiltersFor('odd.ext-with-dash', 'application/octet-stream')).toEqual([]);
  });
});

describe('saveDialogOptions', () => {
  it('opens in the default folder with the suggested name and stays out of recent files', () => {
    const options = saveDialogOptions(input, '/home/user/Documents');
    expect(options.defaultPath).toBe(join('/home/user/Documents', 'medications.pdf'));
    expect(options.properties).toContain('dontAddToRecent');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });
});

describe('saveFile', () => {
  it('writes the data where the user chose', async () => {
    const d = deps();
    await expect(saveFile(input, d)).resolves.toEqual({ saved: true });
    expect(d.writeFile).toHaveBeenCalledWith('/home/user/Documents/medications.pdf', input.data);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const d = deps({ showSaveDialog: async () => ({ canceled: true }) });
    await expect(saveFile(input, d)).resolves.toEqual({ saved: false, reason: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write and logs only the error code', async () => {
    const logger = recordingLogger();
    const d = deps({
      log: logger.log,
      writeFile: async () => {
        throw Object.assign(new Error("ENOSPC: '/home/user/Documents/medications.pdf'"), { code: 'ENOSPC' });
      },
    });
    await expect(saveFile(input, d)).resolves.toEqual({ saved: false, reason: 'failed' });
    expect(logger.lines.join('\n')).toContain('ENOSPC');
    expect(logger.lines.join('\n')).not.toContain('medications');
  });

  it('reports a failed dialog', async () => {
    const d = deps({ showSaveDialog: () => Promise.reject(new Error('no display')) });
    await expect(saveFile(input, d)).resolves.toEqual({ saved: false, reason: 'failed' });
  });
});
