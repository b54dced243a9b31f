import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@vhod/db';
import type { AccessRequestService } from '../access-requests/access-request-service';
import type { ApiClientRateLimiter } from '../api-clients/api-client-rate-limit';
import type { ApiClientService } from '../api-clients/api-client-service';
import type { AuditLogService } from '../audit/audit-log-service';
import type { DataDriftService } from '../data-drift/data-drift-service';
import type { UndeliveredEmailService } from '../email-delivery/undelivered-email-service';
import type { ReadinessService } from '../readiness/readiness-service';
import type { ReplyTemplateService } from '../reply-templates/reply-template-service';
import type { PersonCardService } from '../person-cards/person-card-service';
import type { AccessRequestDecisions } from '../staff-requests/access-request-decisions';
import type { StaffRequestService } from '../staff-requests/staff-request-service';
import type { RequestChangeFeed } from '../request-changes/request-change-feed';
import type { IdentityProvider } from '../auth/identity-provider';
import type { LoginFlows } from '../auth/login-flows';
import type { Clock } from '../clock/clock';
import type { ApiConfig } from '../config';
import type { LinkService } from '../linking/link-service';
import type { LegacySignIn } from '../sign-in/legacy-sign-in';
import type { Logger } from '../logging/logger';
import type { ApiMetrics } from '../metrics/api-metrics';
import type { OidcClientService } from '../oidc-clients/oidc-client-service';
import type { VhodProvider } from '../oidc-provider/vhod-provider';
import type { ClientMeta, SessionStore } from '../sessions/session-store';
import { requestContextOf } from './request-context';
import type { SignInService } from '../sign-in/sign-in-service';

/** What every route of the API shares; built once per process. */
export interface ApiServices {
  config: ApiConfig;
  clock: Clock;
  db: Database;
  logger: Logger;
  /** ESIA (or the OpenID Connect broker in front of it), behind the sign-in seam. */
  identityProvider: IdentityProvider;
  loginFlows: LoginFlows;
  sessions: SessionStore;
  signIn: SignInService;
  legacySignIn: LegacySignIn;
  links: LinkService;
  accessRequests: AccessRequestService;
  staffRequests: StaffRequestService;
  requestDecisions: AccessRequestDecisions;
  personCards: PersonCardService;
  auditLog: AuditLogService;
  dataDrift: DataDriftService;
  replyTemplates: ReplyTemplateService;
  readiness: ReadinessService;
  apiClients: ApiClientService;
  apiClientRateLimiter: ApiClientRateLimiter;
  undeliveredEmails: UndeliveredEmailService;
  /** Changes of access requests from every instance (PostgreSQL LISTEN), for the staff screens this one serves. */
  requestChanges: RequestChangeFeed;
  /** Request, sign-in and outbox metrics (served on VHOD_METRICS_PORT when VHOD_METRICS is on). */
  metrics: ApiMetrics;
  oidcClients: OidcClientService;
  /** Vhod as the OpenID Provider of the regional systems, under /oidc. */
  oidc: VhodProvider;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, services: ApiServices) => Promise<void>;

/** The visitor's address (X-Forwarded-For believed only from VHOD_TRUSTED_PROXIES) and browser, for sessions, audit and limits. */
export function clientMeta(req: IncomingMessage): ClientMeta {
  return { clientIp: requestContextOf(req).clientIp, userAgent: req.headers['user-agent']?.slice(0, 512) ?? null };
}

export function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.end();
}

/** The SPA that owns a sign-in: the family portal at /, the staff console at /staff/. */
export function appPath(app: 'family' | 'staff', path = ''): string {
  return `${app === 'staff' ? '/staff/' : '/'}${path}`;
}
