import { describe, expect, it } from 'vitest';
import { accountRoles } from './roles';
import { staffPermissions } from './staff-permissions';

describe('staff permissions', () => {
  it('lets only the administrator, the responsible staff member and the regional administrator work requests and cards', () => {
    expect(accountRoles.filter((role) => staffPermissions(role).workRequests)).toEqual(['administrator', 'responsible', 'regional-admin']);
    expect(accountRoles.filter((role) => staffPermissions(role).manageCards)).toEqual(['administrator', 'responsible', 'regional-admin']);
  });

  it('gives a teacher read access to their class requests and readiness only', () => {
    const granted = Object.entries(staffPermissions('teacher'))
      .filter(([, allowed]) => allowed)
      .map(([name]) => name);
    expect(granted).toEqual(['readClassRequests']);
  });

  it('shows SNILS and documents only to those who work requests and cards', () => {
    expect(accountRoles.filter((role) => staffPermissions(role).readPersonalData)).toEqual([
      'administrator',
      'responsible',
      'regional-admin',
    ]);
  });

  it('keeps families and other staff out of the console entirely', () => {
    for (const role of ['parent', 'student', 'staff'] as const) expect(Object.values(staffPermissions(role)).some(Boolean)).toBe(false);
  });

  it('opens every organisation to the regional administrator only', () => {
    expect(accountRoles.filter((role) => staffPermissions(role).allOrganisations)).toEqual(['regional-admin']);
    expect(accountRoles.filter((role) => staffPermissions(role).readAudit)).toEqual(['administrator', 'regional-admin']);
    expect(accountRoles.filter((role) => staffPermissions(role).manageApiClients)).toEqual(['regional-admin']);
    expect(accountRoles.filter((role) => staffPermissions(role).manageEmailDelivery)).toEqual(['regional-admin']);
  });
});
