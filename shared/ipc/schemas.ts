import { z } from 'zod';

/**
 * Characters refused in a suggested file name: path separators (the renderer picks a name,
 * never a folder), characters Windows forbids (':' would even address an NTFS stream)
 * and control characters.
 */
const FORBIDDEN_FILE_NAME_CHARACTERS = /[/\\<>:"|?*]/;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !FORBIDDEN_FILE_NAME_CHARACTERS.test(name), 'forbidden character')
  .refine((name) => !hasControlCharacter(name), 'control character')
  .refine((name) => name.trim() === name, 'leading or trailing space')
  .refine((name) => name !== '.' && name !== '..', 'not a file name');

/** "type/subtype" only; parameters such as charset are not needed to pick a file filter. */
export const mimeTypeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i);

/** Structured clone keeps Uint8Array (Buffer is one too); anything else is refused. */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

export const fileSaveInputSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: z.union([z.string(), bytesSchema]),
  mimeType: mimeTypeSchema,
});

/** `ipcRenderer.invoke(channel)` with no argument arrives as undefined. */
export const noInputSchema = z.undefined();

export type FileSaveInput = z.infer<typeof fileSaveInputSchema>;

/** The device secret handed to the keychain: exactly the 32 random bytes the vault made. */
export const deviceSecretSchema = bytesSchema.refine((bytes) => bytes.byteLength === 32, 'expected 32 bytes');

export const keychainRememberInputSchema = z.strictObject({ secret: deviceSecretSchema });
export type KeychainRememberInput = z.infer<typeof keychainRememberInputSchema>;
