import { z } from 'zod';
import type { InvokeChannel } from './channel-names';
import { ipcResultSchema } from './result';
import { deviceSecretSchema, fileSaveInputSchema, keychainRememberInputSchema, noInputSchema } from './schemas';

export const fileSaveResultSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true) }),
  z.strictObject({ saved: z.literal(false), reason: z.enum(['cancelled', 'failed']) }),
]);

export const printResultSchema = z.discriminatedUnion('printed', [
  z.strictObject({ printed: z.literal(true) }),
  z.strictObject({ printed: z.literal(false), reason: z.enum(['cancelled', 'failed']) }),
]);

/** Whether "Remember on this device" can be offered: only with a real OS keychain. */
export const keychainStatusSchema = z.strictObject({ available: z.boolean() });
export const keychainRememberResultSchema = z.strictObject({ remembered: z.boolean() });
/** At most once per launch: a vault locked since then asks for the passphrase. */
export const keychainRecallResultSchema = z.discriminatedUnion('found', [
  z.strictObject({ found: z.literal(true), secret: deviceSecretSchema }),
  z.strictObject({ found: z.literal(false), reason: z.enum(['none', 'keychain-changed', 'unreadable']) }),
]);
export const keychainForgetResultSchema = z.strictObject({ forgotten: z.literal(true) });

/**
 * The one IPC contract: every renderer → main channel with the schema its input must match
 * (checked by main) and the schema of what it answers (checked by the renderer, inside an
 * IpcResult). Main refuses any channel not listed here.
 */
export const IPC_CONTRACT = {
  'file:save': { input: fileSaveInputSchema, output: fileSaveResultSchema },
  'window:print': { input: noInputSchema, output: printResultSchema },
  'keychain:status': { input: noInputSchema, output: keychainStatusSchema },
  'keychain:remember': { input: keychainRememberInputSchema, output: keychainRememberResultSchema },
  'keychain:recall': { input: noInputSchema, output: keychainRecallResultSchema },
  'keychain:forget': { input: noInputSchema, output: keychainForgetResultSchema },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

export type IpcInput<C extends InvokeChannel> = z.infer<(typeof IPC_CONTRACT)[C]['input']>;
export type IpcOutput<C extends InvokeChannel> = z.infer<(typeof IPC_CONTRACT)[C]['output']>;

export type FileSaveResult = IpcOutput<'file:save'>;
export type PrintResult = IpcOutput<'window:print'>;

/** Schemas of the complete answers, as the renderer receives them. */
export const fileSaveReplySchema = ipcResultSchema(fileSaveResultSchema);
export const printReplySchema = ipcResultSchema(printResultSchema);
export const keychainStatusReplySchema = ipcResultSchema(keychainStatusSchema);
export const keychainRememberReplySchema = ipcResultSchema(keychainRememberResultSchema);
export const keychainRecallReplySchema = ipcResultSchema(keychainRecallResultSchema);
export const keychainForgetReplySchema = ipcResultSchema(keychainForgetResultSchema);
