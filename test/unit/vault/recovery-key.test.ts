import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../shared/vault/recovery-key';
import { passphraseStrength } from '../../../shared/vault/passphrase-strength';

describe('Recovery key text', () => {
  it('round-trips every generated key', () => {
    for (let i = 0; i < 200; i += 1) {
      const { secret, text } = generateRecoveryKey();
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseRecoveryKey(text)).toEqual(secret);
    }
  });

  it('encodes known bytes to known text', () => {
    expect(formatRecoveryKey(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(formatRecoveryKey(new Uint8Array(20).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('refuses the wrong length or letters outside the alphabet', () => {
    expect(parseRecoveryKey('ZZZZ-ZZZZ')).toBeNull();
    expect(parseRecoveryKey('UUUU-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ')).toBeNull();
  });
});

describe('Passphrase strength hint', () => {
  it('grades from too short to strong', () => {
    expect(passphraseStrength('')).toBe('empty');
    expect(passphraseStrength('abc')).toBe('tooShort');
    expect(passphraseStrength('password12')).toBe('weak');
    expect(passphraseStrength('blue kettle morning garden')).toBe('strong');
  });
});
