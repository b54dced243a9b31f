import { z } from 'zod';
import { withoutControlCharacters } from './plain-text';

/**
 * What a regional system signing its users in through Vhod may receive, beyond `openid` (the
 * subject). Each scope is a group of claims the consent screen names as one item.
 */
export const oidcClientScopes = ['profile', 'school_account', 'children'] as const;
export type OidcClientScope = (typeof oidcClientScopes)[number];

/**
 * How a client proves itself at the token endpoint: a secret Vhod generates (shown once), a key
 * pair whose public half is registered (`private_key_jwt`, no shared secret at all), or nothing
 * (a public client, e.g. a mobile app: PKCE is then required).
 */
export const oidcClientAuthMethods = ['client_secret_basic', 'private_key_jwt', 'none'] as const;
export type OidcClientAuthMethod = (typeof oidcClientAuthMethods)[number];

export const oidcClientNameMaxLength = 100;
export const oidcClientMaxUris = 10;
/** URLs are compared exactly; a longer one is a mistake, not an address. */
const urlMaxLength = 2000;

export const oidcClientInputFields = [
  'name',
  'redirectUris',
  'postLogoutRedirectUris',
  'backChannelLogoutUri',
  'startUrl',
  'scopes',
  'trusted',
  'authMethod',
  'jwks',
  'pairwise',
] as const;
export type OidcClientInputField = (typeof oidcClientInputFields)[number];

export interface OidcClientInput {
  name: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backChannelLogoutUri: string | null;
  /** Where the family portal's «Системы» link leads; null: the system is not listed there. */
  startUrl: string | null;
  scopes: OidcClientScope[];
  /** A first-party regional system: its users are not asked to consent. */
  trusted: boolean;
  authMethod: OidcClientAuthMethod;
  /** The public keys of a `private_key_jwt` client; null for the others. */
  jwks: { keys: Array<Record<string, unknown>> } | null;
  /** Each person gets a different `sub` in this client than in any other. */
  pairwise: boolean;
}

/** `scheme://authority` of an absolute http(s) URL; the domain has no URL global (it runs without DOM or Node types). */
const originPattern = /^(https?):\/\/([^/?#]*)/i;
const loopbackHost = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

/** The host (and port) of an http(s) URL, as browsers compare redirect targets. */
export function hostOfUrl(value: string): string | null {
  return originPattern.exec(value)?.[2]?.toLowerCase() ?? null;
}

/**
 * An address a browser is sent to or a server posts to: https, or plain http on this machine only
 * (development); absolute, without credentials or a fragment (RFC 6749 §3.1.2 forbids fragments).
 */
export function isClientUrl(value: string): boolean {
  // URL parsers quietly drop or encode control characters and spaces; an address with one is a mistake.
  if (value.length > urlMaxLength || /[\s\p{Cc}#]/u.test(value) || !z.url().safeParse(value).success) return false;
  const [, scheme, authority] = originPattern.exec(value) ?? [];
  if (!scheme || !authority || authority.includes('@')) return false;
  return scheme.toLowerCase() === 'https' || loopbackHost.test(authority);
}

const clientUrl = z.string().trim().check(withoutControlCharacters()).refine(isClientUrl, { error: 'validation.client-url' });

/** Members only a private key has: a registered key set must never carry them. */
const privateKeyMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

const jwksSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'validation.jwks' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object(
      {
        keys: z
          .array(
            z
              .looseObject({ kty: z.string() })
              .refine((key) => privateKeyMembers.every((member) => !(member in key)), { error: 'validation.jwks-private' }),
            { error: 'validation.jwks' },
          )
          .min(1, { error: 'validation.jwks' })
          .max(oidcClientMaxUris, { error: 'validation.jwks' }),
      },
      { error: 'validation.jwks' },
    ),
  );

const inputSchema = z
  .object({
    name: z
      .string({ error: 'validation.required' })
      .trim()
      .check(withoutControlCharacters())
      .min(1, { error: 'validation.required' })
      .max(oidcClientNameMaxLength, { error: 'validation.too-long' }),
    redirectUris: z
      .array(clientUrl, { error: 'validation.redirect-uris-required' })
      .min(1, { error: 'validation.redirect-uris-required' })
      .max(oidcClientMaxUris, { error: 'validation.too-many' })
      .transform((uris) => [...new Set(uris)]),
    postLogoutRedirectUris: z
      .array(clientUrl)
      .max(oidcClientMaxUris, { error: 'validation.too-many' })
      .default([])
      .transform((uris) => [...new Set(uris)]),
    backChannelLogoutUri: clientUrl.nullable().default(null),
    startUrl: clientUrl.nullable().default(null),
    scopes: z
      .array(z.enum(oidcClientScopes, { error: 'validation.invalid' }), { error: 'validation.invalid' })
      .transform((scopes) => oidcClientScopes.filter((scope) => scopes.includes(scope))),
    trusted: z.boolean({ error: 'validation.invalid' }),
    authMethod: z.enum(oidcClientAuthMethods, { error: 'validation.invalid' }),
    jwks: jwksSchema.nullable().default(null),
    pairwise: z.boolean({ error: 'validation.invalid' }).default(false),
  })
  .superRefine((input, context) => {
    if (input.authMethod === 'private_key_jwt' && input.jwks === null) {
      context.addIssue({ code: 'custom', path: ['jwks'], message: 'validation.jwks-required' });
    }
    // oidc-provider derives a pairwise client's sector from its redirect host: one host, one sector.
    if (input.pairwise && new Set(input.redirectUris.map(hostOfUrl)).size > 1) {
      context.addIssue({ code: 'custom', path: ['pairwise'], message: 'validation.pairwise-one-host' });
    }
  })
  .transform((input) => ({ ...input, jwks: input.authMethod === 'private_key_jwt' ? input.jwks : null }));

export type OidcClientInputValidation =
  | { ok: true; value: OidcClientInput }
  | { ok: false; fieldErrors: Array<{ field: OidcClientInputField; code: string }> };

/** Validates the «Новая система» form; at most one error per field, in form order. */
export function validateOidcClientInput(raw: unknown): OidcClientInputValidation {
  const parsed = inputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = new Map<OidcClientInputField, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && isField(field) && !errors.has(field)) {
      errors.set(field, issue.message.startsWith('validation.') ? issue.message : 'validation.invalid');
    }
  }
  const fieldErrors = oidcClientInputFields.flatMap((field) => {
    const code = errors.get(field);
    return code === undefined ? [] : [{ field, code }];
  });
  return { ok: false, fieldErrors: fieldErrors.length > 0 ? fieldErrors : [{ field: 'name', code: 'validation.invalid' }] };
}

function isField(value: string): value is OidcClientInputField {
  return (oidcClientInputFields as readonly string[]).includes(value);
}

/**
 * The account a client's `login_hint` selects among a person's accounts: the account with that
 * id, else the only one in the organisation with that id. Null when the hint selects none or
 * several (the person then chooses, as without a hint).
 */
export function accountForHint<T extends { id: string; organisationId: string }>(
  accounts: readonly T[],
  hint: string | undefined,
): T | null {
  if (!hint) return null;
  const byId = accounts.find((account) => account.id === hint);
  if (byId) return byId;
  const inOrganisation = accounts.filter((account) => account.organisationId === hint);
  return inOrganisation.length === 1 ? inOrganisation[0]! : null;
}
