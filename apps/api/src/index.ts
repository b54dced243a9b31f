export { clockReading, systemClock, type Clock } from './clock/clock';
export { loadApiConfig, type ApiConfig } from './config';
export { ConfigError } from './config-error';
export { createLogger, type Logger } from './logging/logger';
export { createRequestListener, startApiServer, type ApiServerOptions, type RunningApiServer } from './server/create-api-server';
export { schema } from './graphql/schema';
export { createHttpServer } from './server/http-server';
