export * from './schema/index';
export * from './relations';
export {
  openDatabase,
  schema,
  wrapPglite,
  type Database,
  type DatabaseHandle,
  type DbTransaction,
  type OpenDatabaseOptions,
  type Schema,
} from './client';
export {
  assertMigrationsCurrent,
  migrateCommand,
  migrateDatabase,
  migrationStatus,
  migrationsFolder,
  MigrationsPendingError,
  type MigrationStatus,
} from './migrations';
export {
  defaultPostgresTimeouts,
  longRunning,
  openPostgres,
  type PostgresHandle,
  type PostgresOptions,
  type PostgresTimeouts,
} from './postgres/open-postgres';
export { DatabaseNoAnswerError } from './postgres/answer-watchdog';
export { connectOrExplain, DatabaseConnectError } from './postgres/connect-or-explain';
export { databaseUnavailableCode } from './database-unavailable';
export { textQueryClient, type TextQueryResult } from './driver/driver-client';
export {
  listenForNotifications,
  type NotificationHandlers,
  type NotificationListener,
  type NotificationListenerOptions,
} from './driver/notification-listener';
export { DataDirInUseError } from './pglite/data-dir-lock';
export * from './queries/index';
export { currentRequestId, withRequestId } from './request-scope';
export * from './seed/index';
export { hashClientSecret, newClientSecret, visiblePrefixOf, type NewClientSecret } from './client-secret';
export { hashLegacyPassword, verifyLegacyPassword } from './legacy-password';
export { personKeys, withPersonKeys, type PersonKeys, type PersonKeySource } from './person-keys';
