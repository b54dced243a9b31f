import { z } from 'zod';
import { withoutControlCharacters } from './plain-text';
import { noPermissions, type StaffPermissions } from './staff-permissions';
import { uuidSchema } from './uuid';

/**
 * What a third-party API client may read. Clients never write: every mutation needs a staff or
 * family session. Personal data (SNILS, documents) is its own scope so that a client counting
 * requests or reading statistics never sees it by accident.
 */
export const apiClientScopes = ['requests:read', 'cards:read', 'statistics:read', 'organisations:read', 'personal-data:read'] as const;
export type ApiClientScope = (typeof apiClientScopes)[number];

export function isApiClientScope(value: string): value is ApiClientScope {
  return (apiClientScopes as readonly string[]).includes(value);
}

/** An API client passes the same checks as staff: its scopes become the same permissions. */
export function apiClientPermissions(scopes: readonly ApiClientScope[], allOrganisations: boolean): StaffPermissions {
  const has = (scope: ApiClientScope) => scopes.includes(scope);
  return {
    ...noPermissions,
    readClassRequests: has('requests:read'),
    readOrganisationRequests: has('requests:read'),
    readCards: has('cards:read'),
    readStatistics: has('statistics:read'),
    readPersonalData: has('personal-data:read'),
    allOrganisations,
  };
}

export const apiClientNameMaxLength = 100;
/** Requests per minute; the default suits a nightly export, the cap keeps one client from starving the rest. */
export const apiClientDefaultRateLimit = 60;
export const apiClientMaxRateLimit = 6000;
export const apiClientMaxOrganisations = 1000;

export const apiClientInputFields = ['name', 'scopes', 'organisationIds', 'rateLimitPerMinute'] as const;
export type ApiClientInputField = (typeof apiClientInputFields)[number];

/** `organisationIds: null` means every organisation of the region. */
export interface ApiClientInput {
  name: string;
  scopes: ApiClientScope[];
  organisationIds: string[] | null;
  rateLimitPerMinute: number;
}

const apiClientInputSchema = z.object({
  name: z
    .string({ error: 'validation.required' })
    .trim()
    .check(withoutControlCharacters())
    .min(1, { error: 'validation.required' })
    .max(apiClientNameMaxLength, { error: 'validation.too-long' }),
  scopes: z
    .array(z.enum(apiClientScopes, { error: 'validation.invalid' }), { error: 'validation.scopes-required' })
    .min(1, { error: 'validation.scopes-required' })
    .transform((scopes) => apiClientScopes.filter((scope) => scopes.includes(scope))),
  organisationIds: z
    .array(uuidSchema, { error: 'validation.organisations-required' })
    .min(1, { error: 'validation.organisations-required' })
    .max(apiClientMaxOrganisations, { error: 'validation.invalid' })
    .transform((ids) => [...new Set(ids)])
    .nullable(),
  rateLimitPerMinute: z
    .number({ error: 'validation.rate-limit' })
    .int({ error: 'validation.rate-limit' })
    .min(1, { error: 'validation.rate-limit' })
    .max(apiClientMaxRateLimit, { error: 'validation.rate-limit' })
    .default(apiClientDefaultRateLimit),
});

export type ApiClientInputValidation =
  | { ok: true; value: ApiClientInput }
  | { ok: false; fieldErrors: Array<{ field: ApiClientInputField; code: string }> };

/** Validates the «Новый клиент API» form; at most one error per field, in form order. */
export function validateApiClientInput(raw: unknown): ApiClientInputValidation {
  const parsed = apiClientInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = new Map<ApiClientInputField, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && isField(field) && !errors.has(field)) errors.set(field, asCode(issue.message));
  }
  const fieldErrors = apiClientInputFields.flatMap((field) => {
    const code = errors.get(field);
    return code === undefined ? [] : [{ field, code }];
  });
  return { ok: false, fieldErrors: fieldErrors.length > 0 ? fieldErrors : [{ field: 'name', code: 'validation.invalid' }] };
}

function isField(value: string): value is ApiClientInputField {
  return (apiClientInputFields as readonly string[]).includes(value);
}

function asCode(message: string): string {
  return message.startsWith('validation.') ? message : 'validation.invalid';
}
