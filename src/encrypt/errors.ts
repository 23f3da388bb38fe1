import type { EncryptProblem } from '../strings/encrypt';

export type { EncryptProblem };

/** Why a file could not be encrypted: a stable code; the words are in src/strings/encrypt.ts. */
export class EncryptError extends Error {
  constructor(readonly problem: EncryptProblem) {
    super(problem);
  }
}
