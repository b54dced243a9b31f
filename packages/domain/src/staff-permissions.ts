import type { AccountRole } from './roles';

/**
 * What a caller of the API may do. Staff get theirs from their role; an API client from its
 * scopes (see api-client-scopes.ts), so both pass through the same checks. Organisation
 * boundaries are enforced by the API with `allOrganisations` (or an API client's list);
 * everything else is per role:
 * - the organisation's administrator and its responsible staff member work requests and cards;
 * - a teacher reads the requests and readiness of their own class, nothing more;
 * - the administrator (and the regional administrator) read the audit log;
 * - the regional administrator may do all of it in every organisation, manages API clients and sees (and retries)
 *   the emails the system gave up sending.
 */
export interface StaffPermissions {
  workRequests: boolean;
  /** Reads requests at least about the caller's own class. */
  readClassRequests: boolean;
  /** Reads every request of the organisations it may see (not only one class's). */
  readOrganisationRequests: boolean;
  manageCards: boolean;
  /** Reads person cards (without changing them). */
  readCards: boolean;
  /** Reads the readiness numbers of the organisations it may see (a teacher reads their class's through readClassRequests). */
  readStatistics: boolean;
  /** Sees SNILS and identity documents wherever the schema shows them. */
  readPersonalData: boolean;
  readAudit: boolean;
  allOrganisations: boolean;
  /** Creates, rotates and revokes third-party API clients. */
  manageApiClients: boolean;
  /** Sees the emails given up after their retries («Недоставленные письма») and puts them back in the queue. */
  manageEmailDelivery: boolean;
}

export const noPermissions: StaffPermissions = {
  workRequests: false,
  readClassRequests: false,
  readOrganisationRequests: false,
  manageCards: false,
  readCards: false,
  readStatistics: false,
  readPersonalData: false,
  readAudit: false,
  allOrganisations: false,
  manageApiClients: false,
  manageEmailDelivery: false,
};

/** Working requests and cards of an organisation implies reading them, personal data included. */
const worker: StaffPermissions = {
  ...noPermissions,
  workRequests: true,
  readClassRequests: true,
  readOrganisationRequests: true,
  manageCards: true,
  readCards: true,
  readStatistics: true,
  readPersonalData: true,
};

export function staffPermissions(role: AccountRole): StaffPermissions {
  switch (role) {
    case 'regional-admin':
      return { ...worker, readAudit: true, allOrganisations: true, manageApiClients: true, manageEmailDelivery: true };
    case 'administrator':
      return { ...worker, readAudit: true };
    case 'responsible':
      return worker;
    case 'teacher':
      return { ...noPermissions, readClassRequests: true };
    default:
      return noPermissions;
  }
}
