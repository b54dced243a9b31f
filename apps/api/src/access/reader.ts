import type { StaffPermissions } from '@vhod/domain';

/**
 * Whoever reads through the API beyond their own data: a staff member or a third-party API
 * client. Read paths take a Reader so both pass the same checks; writes take a StaffActor.
 */
export interface Reader {
  kind: 'staff' | 'api-client';
  permissions: StaffPermissions;
  /** The organisations it may see; null means every organisation of the region. */
  organisationIds: readonly string[] | null;
  /** A teacher's own class (классное руководство); narrows what a class-only reader sees. */
  classId: string | null;
}

/** Whether this reader may see things of that organisation at all. */
export function canSeeOrganisation(reader: Reader, organisationId: string): boolean {
  return reader.organisationIds === null || reader.organisationIds.includes(organisationId);
}
