import type { AccountRole } from './roles';

/**
 * What a staff account may do in the console. Organisation boundaries are enforced by the
 * API with `allOrganisations`; everything else is per role:
 * - the organisation's administrator and its responsible staff member work requests and cards;
 * - a teacher reads the requests about their own class, nothing more;
 * - the administrator (and the regional administrator) read the audit log;
 * - the regional administrator may do all of it in every organisation.
 */
export interface StaffPermissions {
  workRequests: boolean;
  readClassRequests: boolean;
  manageCards: boolean;
  readAudit: boolean;
  allOrganisations: boolean;
}

const none: StaffPermissions = { workRequests: false, readClassRequests: false, manageCards: false, readAudit: false, allOrganisations: false };

export function staffPermissions(role: AccountRole): StaffPermissions {
  switch (role) {
    case 'regional-admin':
      return { workRequests: true, readClassRequests: true, manageCards: true, readAudit: true, allOrganisations: true };
    case 'administrator':
      return { ...none, workRequests: true, readClassRequests: true, manageCards: true, readAudit: true };
    case 'responsible':
      return { ...none, workRequests: true, readClassRequests: true, manageCards: true };
    case 'teacher':
      return { ...none, readClassRequests: true };
    default:
      return none;
  }
}
