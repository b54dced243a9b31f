import type { ApiHost } from '../api-host/api-host';
import { postGraphQL } from '../graphql-client';
import { staffQueueOperation, type StaffQueuePage } from './queue-operation';

export interface PageStatementCount {
  pageSize: number;
  /** Rows the page actually had: a count over an empty page proves nothing. */
  rows: number;
  statements: number;
}

/**
 * SQL statements the API sends for one queue request per page size, one request at a time so
 * nothing else is counted. Each size is asked twice and the second counted: the session's
 * last-seen update (once a minute) lands on the first.
 */
export async function countQueueStatements(
  host: ApiHost,
  sessionToken: string,
  pageSizes: readonly number[],
): Promise<PageStatementCount[]> {
  const counts: PageStatementCount[] = [];
  for (const pageSize of pageSizes) {
    await postGraphQL(host.apiUrl, staffQueueOperation(pageSize), sessionToken);
    await host.resetStatementCount();
    const page = await postGraphQL<StaffQueuePage>(host.apiUrl, staffQueueOperation(pageSize), sessionToken);
    counts.push({ pageSize, rows: page.staffAccessRequests.edges.length, statements: await host.statementCount() });
  }
  return counts;
}
