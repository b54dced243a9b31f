export { isDatabaseEmpty, seedDemoData, type SeedResult } from './demo';
export * from './demo-data';
export { demoDiary, registerDemoDiary } from './demo-oidc-clients';
