import { describe, expect, it } from 'vitest';
import { PRINT_OPTIONS, printPage } from '../../../electron/main/print-page';
import type { PrintableContents } from '../../../electron/main/print-page';

const contents = (success: boolean, reason = ''): PrintableContents & { options?: unknown } => {
  const fake: PrintableContents & { options?: unknown } = {
    print: (options, callback) => {
      fake.options = options;
      callback(success, reason);
    },
  };
  return fake;
};

describe('printPage', () => {
  it('opens the system dialog (not silent) and reports success', async () => {
    const fake = contents(true);
    await expect(printPage(fake)).resolves.toEqual({ printed: true });
    expect(fake.options).toEqual(PRINT_OPTIONS);
    expect(PRINT_OPTIONS.silent).toBe(false);
  });

  it('tells a cancelled dialog from a failure', async () => {
    await expect(printPage(contents(false, 'Print job canceled'))).resolves.toEqual({ printed: false, reason: 'cancelled' });
    await expect(printPage(contents(false, 'Print job failed'))).resolves.toEqual({ printed: false, reason: 'failed' });
  });
});
