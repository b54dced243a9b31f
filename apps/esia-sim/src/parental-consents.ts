import { randomUUID } from 'node:crypto';

/** A minor tried to sign in to a client; the parent decides in the cabinet. */
export interface ParentalConsentRequest {
  id: string;
  parentSubject: string;
  childSubject: string;
  clientId: string;
  /** What the client asked the child for, to show the parent. */
  scopes: ReadonlyArray<string>;
  requestedAt: Date;
}

export interface GivenParentalConsent {
  parentSubject: string;
  childSubject: string;
  clientId: string;
  scopes: ReadonlyArray<string>;
  givenAt: Date;
}

/**
 * ESIA asks a legal representative once per minor and information system; after that the
 * minor signs in like anyone else. Kept for the life of the process, like RememberedConsents.
 */
export class ParentalConsents {
  readonly #pending = new Map<string, ParentalConsentRequest>();
  readonly #given = new Map<string, GivenParentalConsent>();

  hasConsent(childSubject: string, clientId: string): boolean {
    return this.#given.has(pairKey(childSubject, clientId));
  }

  /**
   * One request per parent, child and client however often the child retries; a retry asking
   * for more data widens the request instead of adding another one.
   */
  request(parentSubject: string, childSubject: string, clientId: string, scopes: Iterable<string>, now: Date): void {
    const existing = this.#findPending(parentSubject, childSubject, clientId);
    if (existing !== undefined) {
      this.#pending.set(existing.id, { ...existing, scopes: [...new Set([...existing.scopes, ...scopes])] });
      return;
    }
    const id = randomUUID();
    this.#pending.set(id, { id, parentSubject, childSubject, clientId, scopes: [...new Set(scopes)], requestedAt: now });
  }

  pendingFor(parentSubject: string): ParentalConsentRequest[] {
    return [...this.#pending.values()].filter((request) => request.parentSubject === parentSubject);
  }

  givenBy(parentSubject: string): GivenParentalConsent[] {
    return [...this.#given.values()].filter((consent) => consent.parentSubject === parentSubject);
  }

  /** Undefined when the request is gone or belongs to another parent. */
  give(parentSubject: string, requestId: string, now: Date): GivenParentalConsent | undefined {
    const request = this.#ownPending(parentSubject, requestId);
    if (request === undefined) {
      return undefined;
    }
    const consent: GivenParentalConsent = {
      parentSubject,
      childSubject: request.childSubject,
      clientId: request.clientId,
      scopes: request.scopes,
      givenAt: now,
    };
    this.#given.set(pairKey(request.childSubject, request.clientId), consent);
    // One representative's consent is enough: the other parent's copy of the request is moot.
    for (const other of [...this.#pending.values()]) {
      if (other.childSubject === request.childSubject && other.clientId === request.clientId) {
        this.#pending.delete(other.id);
      }
    }
    return consent;
  }

  /** Drops the request; the child stays refused and a later attempt asks again. */
  refuse(parentSubject: string, requestId: string): boolean {
    const request = this.#ownPending(parentSubject, requestId);
    return request !== undefined && this.#pending.delete(request.id);
  }

  #ownPending(parentSubject: string, requestId: string): ParentalConsentRequest | undefined {
    const request = this.#pending.get(requestId);
    return request?.parentSubject === parentSubject ? request : undefined;
  }

  #findPending(parentSubject: string, childSubject: string, clientId: string): ParentalConsentRequest | undefined {
    return [...this.#pending.values()].find(
      (request) => request.parentSubject === parentSubject && request.childSubject === childSubject && request.clientId === clientId,
    );
  }
}

function pairKey(childSubject: string, clientId: string): string {
  return `${clientId}\u0000${childSubject}`;
}
