import type { i18n } from 'i18next';
import type { ApiServices } from '../server/http-types';
import type { ClientMeta, Session } from '../sessions/session-store';
import type { Reader } from '../access/reader';
import type { ApiClientActor } from '../api-clients/api-client-actor';
import type { StaffActor } from '../staff/staff-actor';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  services: ApiServices;
  session: Session | null;
  sessionToken: string | undefined;
  meta: ClientMeta;
  t: i18n['t'];
  /** The console's staff member behind this session (loaded once per request), or null. */
  staff(): Promise<StaffActor | null>;
  /** The third-party client of a request with `Authorization: Bearer …`; then there is no session. */
  apiClient: ApiClientActor | null;
  /** Batches the lookups of list rows (one statement per kind, not per row). */
  loaders: Loaders;
  /** Whoever reads organisation data: the API client, else the staff member, else null. */
  reader(): Promise<Reader | null>;
  /** Adds a Set-Cookie header to this response (sign-in and sign-out through GraphQL). */
  setCookie(cookie: string): void;
}
