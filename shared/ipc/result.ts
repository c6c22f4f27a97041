import { z } from 'zod';

/**
 * What every IPC handler answers. Errors travel as values: an exception thrown across
 * IPC loses its type and may carry text we never meant to send.
 *   invalid-input    the message did not match the channel's schema
 *   forbidden-sender the message came from a frame or window the app did not create
 *   internal         the handler failed; details stay in the main process
 */
export const ipcErrorCodeSchema = z.enum(['invalid-input', 'forbidden-sender', 'internal']);

export const ipcErrorSchema = z.strictObject({
  code: ipcErrorCodeSchema,
  /** For developers, never shown to users; never carries health data or file paths. */
  message: z.string(),
});

export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;
export type IpcError = z.infer<typeof ipcErrorSchema>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The schema of an IpcResult, for the renderer to check what comes back over IPC. */
export function ipcResultSchema<Value extends z.ZodType>(value: Value) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcError<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
