export { isDatabaseEmpty, seedDemoData, type SeedResult } from './demo';
export * from './demo-data';
