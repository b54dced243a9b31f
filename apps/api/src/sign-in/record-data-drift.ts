import { detectDrift, type EsiaPerson } from '@vhod/domain';
import { dataDriftItems, writeAuditEntry, type Database } from '@vhod/db';
import { sql } from 'drizzle-orm';
import type { ClientMeta } from '../sessions/session-store';
import { cardDocument } from '../person-cards/card-document';
import type { LinkedCard } from './find-sign-in-candidates';

/**
 * A linked person signed in: if ESIA now says something else than the card (a new surname,
 * a new passport), staff get a review item. The sign-in itself is not held up. The card is the
 * one the sign-in already read with the person's accounts: no second read on every sign-in.
 */
export async function recordDataDrift(tx: Database, person: EsiaPerson, card: LinkedCard, meta: ClientMeta, now: Date): Promise<void> {
  const personId = card.id;
  const changes = detectDrift(person, {
    lastName: card.lastName,
    firstName: card.firstName,
    middleName: card.middleName,
    birthDate: card.birthDate,
    snils: card.snils,
    document: cardDocument(card),
  });
  if (changes.length === 0) return;
  const esiaDocument = person.documents.find((document) => document.type === card.documentType) ?? person.documents[0] ?? null;
  await tx
    .insert(dataDriftItems)
    .values({ personId, esiaSubject: person.subject, changes, esiaDocument, detectedAt: now })
    .onConflictDoUpdate({
      target: dataDriftItems.personId,
      targetWhere: sql`status = 'open'`,
      set: { changes, esiaDocument, detectedAt: now },
    });
  await writeAuditEntry(tx, {
    action: 'data-drift.detected',
    actorKind: 'esia-user',
    esiaSubject: person.subject,
    actorPersonId: personId,
    targetKind: 'person',
    targetId: personId,
    clientIp: meta.clientIp,
    // Which fields, never their values: those are personal data.
    details: { fields: changes.map((change) => change.field) },
  });
}
