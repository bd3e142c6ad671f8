/** A mistake in how the CLI was called (exit code 2), as opposed to an error from the API (exit code 1). */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
