/**
 * An in-memory map whose entries lapse a fixed time after they were set, on the sim's clock
 * (tests move it instead of waiting). The sim keeps its sign-in state for the life of the process.
 */
export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();
  readonly #now: () => Date;
  readonly #ttlMs: number;

  constructor(now: () => Date, ttlMs: number) {
    this.#now = now;
    this.#ttlMs = ttlMs;
  }

  set(key: string, value: V): void {
    const now = this.#now().getTime();
    for (const [other, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(other);
    }
    this.#entries.set(key, { value, expiresAt: now + this.#ttlMs });
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.#now().getTime()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
