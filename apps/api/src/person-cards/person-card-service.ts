import type { Database } from '@vhod/db';
import type { Clock } from '../clock/clock';

/** Person cards in the staff console: search, view, edit, unlink on behalf (to be built). */
export function createPersonCardService(_deps: { db: Database; clock: Clock }) {
  return {};
}

export type PersonCardService = ReturnType<typeof createPersonCardService>;
