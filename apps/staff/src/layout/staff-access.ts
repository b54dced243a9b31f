import type { Viewer } from '@vhod/ui';

export interface StaffAccess {
  readRequests: boolean;
  /** The readiness numbers: of the organisation (or region), or a teacher's own class. */
  readReadiness: boolean;
  /** Sees every organisation of the region, so the readiness report starts from the region's overview. */
  regionWide: boolean;
  manageCards: boolean;
  readAudit: boolean;
  manageApiClients: boolean;
  /** «Недоставленные письма»: the regional administrator. */
  manageEmailDelivery: boolean;
}

/** Which sections to show, from the permissions the API reports (and enforces). */
export function staffAccessOf(viewer: Viewer): StaffAccess {
  const permissions = viewer.staffPermissions;
  return {
    readRequests: Boolean(permissions?.workRequests || permissions?.readClassRequests),
    readReadiness: Boolean(permissions?.readStatistics || permissions?.readClassRequests),
    regionWide: Boolean(permissions?.allOrganisations),
    manageCards: Boolean(permissions?.manageCards),
    readAudit: Boolean(permissions?.readAudit),
    manageApiClients: Boolean(permissions?.manageApiClients),
    manageEmailDelivery: Boolean(permissions?.manageEmailDelivery),
  };
}
