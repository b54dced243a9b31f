import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field error as the API's ValidationError gives it, or as a form makes it from the domain's code. */
export interface FieldErrorMessage {
  field: string;
  message: string;
}

/** A mutation's result union as the documents select it: `__typename` and, on a refusal, what refused it. */
type MutationResult = { __typename: string };
type Refusal = { __typename: 'ValidationError' } | { __typename: 'DomainError' };
export type MutationSuccess<Result> = Exclude<Result, Refusal>;

/**
 * A form's refusals: one message per field beside the field (the first the API or the browser gave),
 * and one for the form. `fieldOf` says which of the form's fields an error's field is (null: not
 * one of them); `fixErrors`, when given, is said for the form while fields are marked.
 */
export function useFormErrors<Field extends string>({ fieldOf, fixErrors }: { fieldOf(field: string): Field | null; fixErrors?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);

  function showErrors(fieldErrors: readonly FieldErrorMessage[]) {
    const next: Partial<Record<Field, string>> = {};
    for (const error of fieldErrors) {
      const field = fieldOf(error.field);
      if (field && !next[field]) next[field] = error.message;
    }
    setErrors(next);
    // An error for no field of this form still says the input was refused.
    setFailure(Object.keys(next).length === 0 ? t('errors.validation-failed') : (fixErrors ?? null));
  }

  function fail(message: string) {
    setErrors({});
    setFailure(message);
  }

  function clear() {
    setErrors({});
    setFailure(null);
  }

  /** The one reading of a mutation's result: success goes on, field errors land beside their fields, a refusal is said for the form. */
  function settle<Result extends MutationResult>(result: Result | null | undefined, onSuccess: (success: MutationSuccess<Result>) => void) {
    if (result?.__typename === 'ValidationError') return showErrors((result as { fieldErrors?: FieldErrorMessage[] }).fieldErrors ?? []);
    if (result?.__typename === 'DomainError') return fail((result as { message?: string }).message ?? t('errors.unknown'));
    if (result?.__typename.endsWith('Success')) return onSuccess(result as MutationSuccess<Result>);
    fail(t('errors.unknown'));
  }

  /** The id of the field's error message while it has one: for aria-describedby. */
  const errorIdOf = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);

  return {
    /** Prefix for the form's control ids, so the error ids below match them. */
    id,
    errors,
    showErrors,
    clear,
    settle,
    /** The form's own failure message, for FormFailure. */
    failure,
    errorIdOf,
    /** The control's aria attributes: invalid while its field has an error, described by its hints and that error. */
    ariaOf(field: Field, ...hintIds: string[]) {
      const describedBy = [...hintIds, errorIdOf(field)].filter(Boolean).join(' ');
      return { 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': describedBy || undefined };
    },
    /** The field's error message, read out when it appears. */
    fieldError(field: Field): ReactNode {
      return errors[field] ? (
        <span className="field-error" id={errorIdOf(field)} role="alert">
          {errors[field]}
        </span>
      ) : null;
    },
  };
}
