import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { passphraseLength, MIN_PASSPHRASE_LENGTH } from './passphrase-policy';

export type PassphraseStrength = 'empty' | 'tooShort' | 'weak' | 'fair' | 'good' | 'strong';

let estimator: ZxcvbnFactory | null = null;

/**
 * A hint, not a rule: the only rule is the 10-character minimum. The estimate uses
 * zxcvbn's common-password dictionaries and patterns (dates, keyboard rows, repeats).
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.length === 0) return 'empty';
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const { score } = estimator.check(passphrase.slice(0, 100));
  return (['weak', 'weak', 'fair', 'good', 'strong'] as const)[score] ?? 'weak';
}
