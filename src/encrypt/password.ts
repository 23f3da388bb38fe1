/**
 * The password for an encrypted attachment: generated from the platform's random numbers, in
 * groups of four characters without look-alikes (no 0/O, 1/l/I), so it can be read out over the
 * phone or typed from a text message.
 */
import { randomBytes } from './webcrypto';

/** 31 characters: lower-case letters and digits that cannot be mistaken for each other. */
export const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** At least this many characters (about 79 bits) whatever the policy says. */
export const MIN_GENERATED_LENGTH = 16;

/**
 * A new password of at least `minimumLength` characters (not counting the dashes between groups),
 * e.g. `k7qm-4tzp-x9ra-hwe3`.
 */
export function generatePassword(minimumLength = MIN_GENERATED_LENGTH): string {
  const length = Math.max(MIN_GENERATED_LENGTH, Math.ceil(minimumLength / 4) * 4);
  const chars: string[] = [];
  // Rejection sampling: 248 = 8 * 31, so bytes below it map uniformly onto the alphabet.
  while (chars.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < 248 && chars.length < length) chars.push(PASSWORD_ALPHABET[b % 31]);
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < length; i += 4) groups.push(chars.slice(i, i + 4).join(''));
  return groups.join('-');
}
