import { educationalOrganisationTypeCodes, organisations, type Database, type Organisation } from '@vhod/db';
import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { decodeOrganisationCursor, encodeOrganisationCursor } from './organisation-cursor';

export const organisationPageSize = { default: 50, max: 100 } as const;

export interface OrganisationPage {
  edges: Array<{ cursor: string; node: Organisation }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface OrganisationDirectoryQuery {
  typeCode: Organisation['typeCode'];
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

export class InvalidOrganisationCursorError extends Error {
  constructor() {
    super('Invalid organisation cursor');
    this.name = 'InvalidOrganisationCursorError';
  }
}

/** Escapes LIKE wildcards so a search for "100%" finds that text, not everything. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The organisations families choose from (educational types only), by name, a page at a time.
 * A region has thousands of them: the keyset (name, id) follows the (type_code, name) index.
 */
export async function organisationPage(db: Database, query: OrganisationDirectoryQuery): Promise<OrganisationPage> {
  const limit = Math.min(Math.max(query.first ?? organisationPageSize.default, 1), organisationPageSize.max);
  const cursor = query.after ? decodeOrganisationCursor(query.after) : null;
  if (query.after && !cursor) throw new InvalidOrganisationCursorError();
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
  const edges = rows.slice(0, limit).map((node) => ({ node, cursor: encodeOrganisationCursor(node.name, node.id) }));
  return { edges, hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null };
}
