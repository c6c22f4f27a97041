import { createLogger } from '../../../electron/main/log';
import type { Logger } from '../../../electron/main/log';

/** A logger that keeps its lines, so tests can check what would have been logged. */
export function recordingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = (line: string): void => {
    lines.push(line);
  };
  return { log: createLogger('test', { info: sink, warn: sink, error: sink }), lines };
}
