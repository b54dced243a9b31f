import { consents, type Database } from '@vhod/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { ClientMeta } from '../sessions/session-store';

export const dataTransferPurpose = 'data-transfer';

export async function hasDataTransferConsent(db: Database, esiaSubject: string): Promise<boolean> {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.esiaSubject, esiaSubject), eq(consents.purpose, dataTransferPurpose), isNull(consents.withdrawnAt)))
    .limit(1);
  return Boolean(row);
}

export async function recordDataTransferConsent(
  db: Database,
  input: { esiaSubject: string; personId: string | null; scopes: string[] },
  meta: ClientMeta,
): Promise<void> {
  await db.insert(consents).values({
    esiaSubject: input.esiaSubject,
    personId: input.personId,
    purpose: dataTransferPurpose,
    scopes: input.scopes,
    clientIp: meta.clientIp,
    userAgent: meta.userAgent,
  });
}
