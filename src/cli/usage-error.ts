/** A command line that cannot be run as given: exit status 2, one line naming the flag and what it expects. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit statuses: verified, not verified (or a source failed), bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
