import type { Database } from '@vhod/db';
import type { Clock } from '../clock/clock';

/** Access requests in the staff console: queue, review, decisions (to be built). */
export function createStaffRequestService(_deps: { db: Database; clock: Clock }) {
  return {};
}

export type StaffRequestService = ReturnType<typeof createStaffRequestService>;
