/** A problem the user can fix (bad path, bad option): printed as one line, never as a stack. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 2) {
    super(message);
  }
}
