import { z } from 'zod';
import { withoutControlCharacters } from './plain-text';
import type { SignInRole } from './roles';
import { uuidSchema } from './uuid';

/**
 * The access request form. One schema validates it in the browser and again on the server.
 * Every issue message is a stable code ('validation.*') that the i18n layer translates;
 * no zod default message ever reaches the user.
 */
export const accessRequestCommentMaxLength = 1000;
/** RFC 5321: a longer address cannot be delivered anyway. */
export const accessRequestEmailMaxLength = 254;

export const accessRequestInputFields = ['organisationId', 'classId', 'childId', 'email', 'comment'] as const;
export type AccessRequestInputField = (typeof accessRequestInputFields)[number];

const organisationId = z
  .string({ error: (issue) => (issue.input == null ? 'validation.organisation-required' : 'validation.uuid') })
  .trim()
  .check(withoutControlCharacters())
  .min(1, { error: 'validation.organisation-required' })
  .toLowerCase()
  .pipe(uuidSchema);

// Forms send '' for "nothing chosen"; that is null, not a malformed value.
const blankToNull = (value: string): string | null => (value === '' ? null : value);

const classId = z
  .string({ error: 'validation.uuid' })
  .trim()
  .check(withoutControlCharacters())
  .toLowerCase()
  .transform(blankToNull)
  .pipe(uuidSchema.nullable())
  .nullish();

/** The ESIA id of one of the parent's children; whether it is required is decided by `validateAccessRequestInput`. */
const childId = z.string({ error: 'validation.child-unknown' }).trim().check(withoutControlCharacters()).transform(blankToNull).nullish();

const email = z
  .string({ error: (issue) => (issue.input == null ? 'validation.required' : 'validation.email') })
  .trim()
  .check(withoutControlCharacters())
  .min(1, { error: 'validation.required' })
  .max(accessRequestEmailMaxLength, { error: 'validation.email' })
  .pipe(z.email({ error: 'validation.email' }));

// Length is counted after trimming, in UTF-16 code units (never more lenient than the database's characters).
const comment = z
  .string({ error: 'validation.invalid' })
  .trim()
  .check(withoutControlCharacters('multi-line'))
  .max(accessRequestCommentMaxLength, { error: 'validation.too-long' })
  .transform(blankToNull)
  .nullish();

export const accessRequestInputSchema = z.object({ organisationId, classId, childId, email, comment });

export type AccessRequestInput = z.infer<typeof accessRequestInputSchema>;

export interface AccessRequestFieldError {
  field: AccessRequestInputField;
  code: string;
}

export type AccessRequestInputValidation = { ok: true; value: AccessRequestInput } | { ok: false; fieldErrors: AccessRequestFieldError[] };

/**
 * The schema plus the rules that depend on who is asking:
 * - parent: `childId` is required ('validation.child-required') and must be one of the children in
 *   the parent's ESIA profile ('validation.child-unknown');
 * - student (and staff, who are refused earlier by `accessRequestEligibility`): a request is about
 *   oneself, so any `childId` is ignored and set to null.
 * At most one error per field (the first), in form order. On success the optional fields are
 * null rather than absent, ready to be stored.
 */
export function validateAccessRequestInput(
  raw: unknown,
  context: { role: SignInRole; childIds: readonly string[] },
): AccessRequestInputValidation {
  // Not an object at all (a broken client): report it as an empty form, field by field.
  const fields: Record<string, unknown> = isRecord(raw) ? raw : {};
  const isParent = context.role === 'parent';
  // Only a parent names a child; anybody else's childId is dropped before it can fail.
  const parsed = accessRequestInputSchema.safeParse(isParent ? fields : { ...fields, childId: null });

  const errors = new Map<AccessRequestInputField, string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isField(field) && !errors.has(field)) errors.set(field, asCode(issue.message));
    }
  }

  let child: string | null = null;
  if (isParent && !errors.has('childId')) {
    // Parsed on its own so that the child is checked even when another field failed.
    const parsedChild = accessRequestInputSchema.shape.childId.safeParse(fields.childId);
    child = parsedChild.success ? (parsedChild.data ?? null) : null;
    if (child === null) errors.set('childId', 'validation.child-required');
    else if (!context.childIds.includes(child)) errors.set('childId', 'validation.child-unknown');
  }

  if (errors.size > 0 || !parsed.success) {
    const fieldErrors = accessRequestInputFields.flatMap((field) => {
      const code = errors.get(field);
      return code === undefined ? [] : [{ field, code }];
    });
    return { ok: false, fieldErrors };
  }

  const value = parsed.data;
  return {
    ok: true,
    value: {
      organisationId: value.organisationId,
      classId: value.classId ?? null,
      childId: child,
      email: value.email,
      comment: value.comment ?? null,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isField(value: unknown): value is AccessRequestInputField {
  return typeof value === 'string' && (accessRequestInputFields as readonly string[]).includes(value);
}

/** A safety net: should zod ever produce a message of its own, the client still gets a code. */
function asCode(message: string): string {
  return message.startsWith('validation.') ? message : 'validation.invalid';
}
