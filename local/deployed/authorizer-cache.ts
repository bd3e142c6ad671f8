/**
 * API Gateway's authorizer result cache: one answer per identity (the identity sources' values) for the
 * authorizer's TTL; a TTL of 0 turns it off. Failures are never cached.
 */
export class AuthorizerCache<T> {
  readonly #entries = new Map<string, { readonly answer: T; readonly until: number }>();

  public async decide(identity: string, ttlSeconds: number, decide: () => Promise<T | undefined>) {
    const cached = this.#entries.get(identity);
    if (cached !== undefined && cached.until > performance.now()) return cached.answer;
    const answer = await decide();
    if (answer !== undefined && ttlSeconds > 0)
      this.#entries.set(identity, { answer, until: performance.now() + ttlSeconds * 1_000 });
    return answer;
  }
}
