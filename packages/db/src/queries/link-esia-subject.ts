import type { Database } from '../client';
import { uniqueViolationOf } from './postgres-error';
import {
  ESIA_LINK_ACTIVE_PERSON_INDEX,
  ESIA_LINK_ACTIVE_SUBJECT_INDEX,
  esiaLinks,
  type EsiaLink,
  type EsiaLinkMethod,
} from '../schema/esia-links';

export type EsiaLinkConflict = 'subject-linked' | 'person-linked';

/** The ESIA subject or the person card already has a current link. */
export class EsiaLinkConflictError extends Error {
  override readonly name = 'EsiaLinkConflictError';
  readonly conflict: EsiaLinkConflict;
  readonly esiaSubject: string;
  readonly personId: string;

  constructor(conflict: EsiaLinkConflict, esiaSubject: string, personId: string, options?: { cause?: unknown }) {
    super(
      conflict === 'subject-linked'
        ? 'The ESIA subject is already linked to a person card'
        : 'The person card is already linked to an ESIA subject',
      options,
    );
    this.conflict = conflict;
    this.esiaSubject = esiaSubject;
    this.personId = personId;
  }
}

export interface LinkEsiaSubjectInput {
  esiaSubject: string;
  personId: string;
  method: EsiaLinkMethod;
  linkedByAccountId?: string | null | undefined;
}

/** Which current-link unique index a unique violation (23505) hit, if it is one of them. */
export function esiaLinkConflictOf(error: unknown): EsiaLinkConflict | undefined {
  const constraint = uniqueViolationOf(error);
  if (constraint === undefined) return undefined;
  if (constraint.includes(ESIA_LINK_ACTIVE_SUBJECT_INDEX)) return 'subject-linked';
  if (constraint.includes(ESIA_LINK_ACTIVE_PERSON_INDEX)) return 'person-linked';
  return undefined;
}

/**
 * Links an ESIA subject to a person card. Throws EsiaLinkConflictError when the subject or the
 * person already has a current link; relies on the partial unique indexes, so concurrent
 * attempts yield exactly one link. Runs in its own transaction (a savepoint when `db` is a
 * transaction), so a conflict does not abort the caller's transaction.
 */
export async function linkEsiaSubject(db: Database, input: LinkEsiaSubjectInput): Promise<EsiaLink> {
  try {
    return await db.transaction(async (tx) => {
      const [link] = await tx
        .insert(esiaLinks)
        .values({
          esiaSubject: input.esiaSubject,
          personId: input.personId,
          method: input.method,
          linkedByAccountId: input.linkedByAccountId ?? null,
        })
        .returning();
      if (!link) throw new Error('INSERT … RETURNING returned no row');
      return link;
    });
  } catch (error) {
    const conflict = esiaLinkConflictOf(error);
    if (conflict) throw new EsiaLinkConflictError(conflict, input.esiaSubject, input.personId, { cause: error });
    throw error;
  }
}
