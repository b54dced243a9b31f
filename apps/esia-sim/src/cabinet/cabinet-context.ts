import type { ParentalConsents } from '../parental-consents';
import type { CabinetSessions } from './cabinet-sessions';

/** What the cabinet handlers of one running sim share. */
export interface CabinetContext {
  sessions: CabinetSessions;
  parentalConsents: ParentalConsents;
  now: () => Date;
}

export const cabinetCookieName = 'esia_sim_cabinet';
