import { educationalOrganisationTypeCodes, organisations, type Database, type Organisation } from '@vhod/db';
import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { uuidSchema } from '@vhod/domain';
import { z } from 'zod';
import { keysetCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';

export const organisationPageSize = { default: 50, max: 100 } as const;

export type OrganisationPage = KeysetPage<Organisation>;

export interface OrganisationDirectoryQuery {
  typeCode: Organisation['typeCode'];
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

const organisationCursor = keysetCursor({ name: z.string(), id: uuidSchema });

/** Escapes LIKE wildcards so a search for "100%" finds that text, not everything. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The organisations families choose from (educational types only), by name, a page at a time.
 * A region has thousands of them: the keyset (name, id) follows the (type_code, name) index.
 */
export async function organisationPage(db: Database, query: OrganisationDirectoryQuery): Promise<OrganisationPage> {
  const limit = pageLimit(query.first, organisationPageSize);
  const cursor = query.after ? organisationCursor.decode(query.after) : null;
  const term = query.search?.trim();
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.typeCode, query.typeCode),
        inArray(organisations.typeCode, [...educationalOrganisationTypeCodes]),
        term ? ilike(organisations.name, likePattern(term)) : undefined,
        cursor ? sql`(${organisations.name}, ${organisations.id}) > (${cursor.name}, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(limit + 1);
  const edges = rows.slice(0, limit).map((node) => ({ node, cursor: organisationCursor.encode(node) }));
  return keysetPage(edges, rows.length > limit);
}
