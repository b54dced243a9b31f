/** One page of a keyset-paged list, as every service returns it and the GraphQL layer turns into a connection. */
export interface KeysetPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageSize {
  default: number;
  max: number;
}

/** How many rows a page holds: the caller's `first`, within 1 and the list's maximum. */
export function pageLimit(first: number | null | undefined, size: PageSize): number {
  return Math.min(Math.max(first ?? size.default, 1), size.max);
}

/** A page of these edges; the next page starts after the last of them. */
export function keysetPage<T>(edges: KeysetPage<T>['edges'], hasNextPage: boolean): KeysetPage<T> {
  return { edges, hasNextPage, endCursor: edges.at(-1)?.cursor ?? null };
}
