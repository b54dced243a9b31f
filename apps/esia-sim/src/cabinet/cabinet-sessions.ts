import { randomBytes } from 'node:crypto';

const sessionTtlMs = 8 * 60 * 60 * 1000;

/**
 * Who is signed in to the cabinet, by an opaque cookie token. The cabinet is the sim's own
 * page, not an OIDC client, so it does not borrow oidc-provider's session. Expiry follows
 * real time, not the sim's injectable clock: that clock is about birthdays, not browsers.
 */
export class CabinetSessions {
  readonly #sessions = new Map<string, { subject: string; expiresAt: number }>();

  open(subject: string): string {
    this.#sweep();
    const token = randomBytes(32).toString('base64url');
    this.#sessions.set(token, { subject, expiresAt: Date.now() + sessionTtlMs });
    return token;
  }

  subjectOf(token: string | undefined): string | undefined {
    if (token === undefined) {
      return undefined;
    }
    const session = this.#sessions.get(token);
    if (session === undefined || session.expiresAt <= Date.now()) {
      this.#sessions.delete(token);
      return undefined;
    }
    return session.subject;
  }

  close(token: string | undefined): void {
    if (token !== undefined) {
      this.#sessions.delete(token);
    }
  }

  get maxAgeSeconds(): number {
    return sessionTtlMs / 1000;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [token, session] of this.#sessions) {
      if (session.expiresAt <= now) {
        this.#sessions.delete(token);
      }
    }
  }
}
