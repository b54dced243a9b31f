/**
 * One open request per person, organisation and child: a second one would only split the
 * conversation between two staff members. The key is what the database's partial unique index
 * `access_requests_open_duplicate_uidx` (esia_subject, organisation_id, child_key)
 * WHERE status in ('new', 'in_review') compares, so the server stores `childKey` as `child_key`
 * and can check for a duplicate before inserting.
 *
 * A request without a child (a student's own) has childKey '': the index column is NOT NULL,
 * because NULLs never collide in a unique index and would let duplicates through.
 */
export interface AccessRequestDuplicateKey {
  esiaSubject: string;
  organisationId: string;
  childKey: string;
}

export function accessRequestDuplicateKey(input: {
  esiaSubject: string;
  organisationId: string;
  childId: string | null | undefined;
}): AccessRequestDuplicateKey {
  return {
    esiaSubject: input.esiaSubject,
    // The database's uuid type ignores case; the in-memory key must too.
    organisationId: input.organisationId.trim().toLowerCase(),
    childKey: (input.childId ?? '').trim(),
  };
}
