export * from './organisations';
export * from './persons';
export * from './accounts';
export * from './esia-links';
export * from './consents';
export * from './sessions';
export * from './audit-log';
export * from './legacy-sign-in-attempts';
