export { seedRegion, type SeedRegionOptions, type SeedReport, type TableLoadReport } from './seed-region';
export { regionSizes, type RegionSize } from './region-scale';
