/**
 * A third party's view of the Vhod API: page through the open access requests of the
 * organisations a client may see and print them as CSV (for Excel or LibreOffice in Russian). Plain fetch, no dependencies, so it
 * can be copied into any Node 20+ project.
 *
 *   VHOD_API_SECRET=vhod_… npx tsx apps/api/examples/export-open-requests.ts > open-requests.csv
 *
 * VHOD_API_URL defaults to the demo's endpoint, http://127.0.0.1:3000/graphql.
 */

const openRequestsQuery = /* GraphQL */ `
  query OpenRequests($first: Int!, $after: String) {
    staffAccessRequests(first: $first, after: $after, filter: { statuses: [NEW, IN_REVIEW] }) {
      edges {
        node {
          number
          status
          role
          createdAt
          organisation { name }
          applicant { lastName firstName middleName }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface OpenRequest {
  number: string;
  status: string;
  role: string;
  createdAt: string;
  organisation: { name: string };
  applicant: { lastName: string; firstName: string; middleName: string | null };
}

interface Page {
  edges: Array<{ node: OpenRequest }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ExportOptions {
  endpoint: string;
  secret: string;
  pageSize?: number;
  /** Waits before a retry; replaceable so a test need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

/** Every open request, page by page; waits out a rate limit as the server asks (Retry-After). */
export async function* openRequests({
  endpoint,
  secret,
  pageSize = 100,
  sleep = (ms) => new Promise((done) => setTimeout(done, ms)),
}: ExportOptions) {
  let after: string | null = null;
  do {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: openRequestsQuery, variables: { first: pageSize, after } }),
    });
    if (response.status === 429) {
      await sleep(Number(response.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    const body = (await response.json()) as { data?: { staffAccessRequests: Page } | null; errors?: Array<{ message: string }> };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`Vhod API refused (${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
    }
    const page = body.data.staffAccessRequests;
    for (const edge of page.edges) yield edge.node;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}

// What a Russian spreadsheet opens as columns: `;` between cells, CRLF, a BOM for the Cyrillic.
// Names come from outside (ESIA, organisation records), so text that starts like a formula gets an
// apostrophe in front and is shown, not run. A copy of packages/domain/src/csv.ts, so that this
// file needs nothing but Node; apps/api/test/security/csv-formula-injection.test.ts keeps the two alike.
export function csvRow(cells: ReadonlyArray<string | null>): string {
  const cell = (value: string | null) => {
    const text = value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${cells.map(cell).join(';')}\r\n`;
}

export const csvHeader = `\uFEFF${csvRow(['Номер', 'Статус', 'Роль', 'Создано', 'Организация', 'Заявитель'])}`;

export function csvLine(request: OpenRequest): string {
  const { lastName, firstName, middleName } = request.applicant;
  const name = [lastName, firstName, middleName].filter(Boolean).join(' ');
  return csvRow([request.number, request.status, request.role, request.createdAt, request.organisation.name, name]);
}

async function main() {
  const secret = process.env.VHOD_API_SECRET;
  if (!secret) {
    console.error('Set VHOD_API_SECRET to the secret shown when the client was created (staff console → «Клиенты API»).');
    process.exit(2);
  }
  const endpoint = process.env.VHOD_API_URL ?? 'http://127.0.0.1:3000/graphql';
  process.stdout.write(csvHeader);
  for await (const request of openRequests({ endpoint, secret })) process.stdout.write(csvLine(request));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
