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
export { currentRequestId, withRequestId } from './request-scope';
export * from './seed/index';
export { hashLegacyPassword, verifyLegacyPassword } from './legacy-password';
export { personKeys, withPersonKeys, type PersonKeys, type PersonKeySource } from './person-keys';
