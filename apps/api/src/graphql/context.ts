import type { i18n } from 'i18next';
import type { ApiServices } from '../server/http-types';
import type { ClientMeta, Session } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';

export interface GraphQLContext {
  services: ApiServices;
  session: Session | null;
  sessionToken: string | undefined;
  meta: ClientMeta;
  t: i18n['t'];
  /** The console's staff member behind this session (loaded once per request), or null. */
  staff(): Promise<StaffActor | null>;
  /** Adds a Set-Cookie header to this response (sign-in and sign-out through GraphQL). */
  setCookie(cookie: string): void;
}
