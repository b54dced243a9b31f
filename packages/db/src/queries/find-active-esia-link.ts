import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { esiaLinks, type EsiaLink } from '../schema/esia-links';

/** The current (not unlinked) link of an ESIA subject, or null. */
export async function findActiveEsiaLink(db: Database, esiaSubject: string): Promise<EsiaLink | null> {
  const [link] = await db
    .select()
    .from(esiaLinks)
    .where(and(eq(esiaLinks.esiaSubject, esiaSubject), isNull(esiaLinks.unlinkedAt)))
    .limit(1);
  return link ?? null;
}
