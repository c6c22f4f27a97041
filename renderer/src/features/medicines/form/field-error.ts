import type { FieldErrors, FieldValues } from 'react-hook-form';
import { validationMessage } from '../../../i18n/validation-message';

/** The translated error of a nested field ("timing.days"), if any. */
export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const error = node as { message?: string; root?: { message?: string } } | undefined;
  return validationMessage(error?.message ?? error?.root?.message);
}
