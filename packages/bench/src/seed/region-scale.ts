import type { OrganisationTypeCode } from '@vhod/db';
import type { BenchScale } from '../scenario';

/** How big the generated region is. Everything else (classes, families, staff) follows from these. */
export interface RegionSize {
  /** Educational organisations by type; the regional authority comes on top of these. */
  organisations: Record<Exclude<OrganisationTypeCode, 'authority'>, number>;
  municipalities: number;
  persons: number;
  accessRequests: number;
  /** Seed of the pseudo-random generator: the same seed gives the same region. */
  seed: number;
}

export const regionSizes: Record<BenchScale, RegionSize> = {
  region: {
    organisations: { school: 560, kindergarten: 330, college: 30, additional: 79 },
    municipalities: 24,
    persons: 1_000_000,
    accessRequests: 100_000,
    seed: 20_260_317,
  },
  smoke: {
    organisations: { school: 10, kindergarten: 5, college: 1, additional: 3 },
    municipalities: 3,
    persons: 5_000,
    accessRequests: 500,
    seed: 20_260_317,
  },
};
