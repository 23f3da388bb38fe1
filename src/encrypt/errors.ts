/** Why a file could not be encrypted: a stable code; the words are in src/strings/encrypt.ts. */
export type EncryptProblem = 'already-encrypted' | 'damaged' | 'too-large' | 'password-too-short' | 'empty';

export class EncryptError extends Error {
  constructor(readonly problem: EncryptProblem) {
    super(problem);
  }
}
