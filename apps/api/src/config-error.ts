/**
 * The API refuses to start with an incomplete or invalid configuration. Every problem is one line that starts with the
 * variable's name, so an operator fixes them all in one go instead of one restart per missing setting.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`The configuration is incomplete or invalid; fix these settings:\n${problems.join('\n')}`);
  }
}
