export * from './schema/index';
export * from './relations';
export {
  migrateDatabase,
  migrationsFolder,
  openDatabase,
  openPostgres,
  schema,
  wrapPglite,
  type Database,
  type DatabaseHandle,
  type DbTransaction,
  type OpenDatabaseOptions,
  type Schema,
} from './client';
export * from './queries/index';
export * from './seed/index';
export { hashClientSecret, newClientSecret, visiblePrefixOf, type NewClientSecret } from './client-secret';
export { hashLegacyPassword, verifyLegacyPassword } from './legacy-password';
export { personKeys, withPersonKeys, type PersonKeys, type PersonKeySource } from './person-keys';
