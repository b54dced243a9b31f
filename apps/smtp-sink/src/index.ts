export { startSmtpSink, type RunningSmtpSink, type SmtpSinkOptions } from './start-smtp-sink';
export type { SinkMessage } from './sink-message';
