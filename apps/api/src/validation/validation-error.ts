/** One field that broke a rule: the input field's name and the rule's stable code ('validation.*'), which i18n translates. */
export interface FieldError {
  field: string;
  code: string;
}

/** A form's fields broke the shared rules (the domain's validation, or a check only the server can make); nothing was written. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super('validation-failed');
    this.name = 'ValidationError';
  }
}
