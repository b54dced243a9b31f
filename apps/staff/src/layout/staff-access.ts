import type { Viewer } from '@vhod/ui';

export interface StaffAccess {
  readRequests: boolean;
  manageCards: boolean;
  readAudit: boolean;
}

/** Which sections to show, from the permissions the API reports (and enforces). */
export function staffAccessOf(viewer: Viewer): StaffAccess {
  const permissions = viewer.staffPermissions;
  return {
    readRequests: Boolean(permissions?.workRequests || permissions?.readClassRequests),
    manageCards: Boolean(permissions?.manageCards),
    readAudit: Boolean(permissions?.readAudit),
  };
}
