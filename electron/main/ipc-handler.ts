import type { z } from 'zod';
import { ipcError, ipcOk } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';
import type { Logger } from './log';
import { errorCode } from './log';

export interface IpcHandlerOptions<Schema extends z.ZodType, Output, Event> {
  /** For log lines only. */
  channel: string;
  schema: Schema;
  isTrustedSender(event: Event): boolean;
  handle(input: z.infer<Schema>, event: Event): Output | Promise<Output>;
  log: Logger;
}

/**
 * Which fields failed and why, by schema path and zod issue code: never the received
 * values, which may hold health data, and never the names of unexpected keys.
 */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.code}`)
    .join('; ');
}

/**
 * Wraps a handler for ipcMain.handle: checks the sender, validates the single argument
 * against the channel's schema, and turns every outcome — including an exception — into
 * an IpcResult, so nothing is ever thrown across IPC.
 */
export function createIpcHandler<Schema extends z.ZodType, Output, Event>(
  options: IpcHandlerOptions<Schema, Output, Event>,
): (event: Event, ...args: unknown[]) => Promise<IpcResult<Output>> {
  const { channel, schema, log } = options;
  return async (event, ...args) => {
    try {
      if (!options.isTrustedSender(event)) {
        log.warn('refused a message from an unknown sender', { channel });
        return ipcError('forbidden-sender', 'sender not allowed');
      }
      if (args.length > 1) return ipcError('invalid-input', 'expected at most one argument');
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        log.warn('refused an invalid message', { channel });
        return ipcError('invalid-input', describeIssues(parsed.error));
      }
      return ipcOk(await options.handle(parsed.data, event));
    } catch (error) {
      log.error('handler failed', { channel, code: errorCode(error) });
      return ipcError('internal', 'handler failed');
    }
  };
}
