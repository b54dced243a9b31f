import { z } from 'zod';
import type { Assert, Same } from './compile-time-assertions';
import { identityDocumentTypes, type IdentityDocument } from './identity-document';
import { isoDateSchema } from './iso-date';

export interface EsiaChild {
  id: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  snils?: string | null;
  birthCertificate?: { series?: string | null; number: string } | null;
}

/** The ESIA person as our system sees it; the API maps the provider's claims into this. */
export interface EsiaPerson {
  /** ESIA's stable subject id (`sub`); names and documents may change, this does not. */
  subject: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  snils?: string | null;
  documents: IdentityDocument[];
  email?: string | null;
  mobile?: string | null;
  /** A confirmed ESIA account: identity checked in person. Only these are matched automatically. */
  trusted: boolean;
  children: EsiaChild[];
}

const genderSchema = z.enum(['male', 'female']);

// Deliberately no checksum or format rules on SNILS and documents: the snapshot must round-trip
// whatever ESIA said, and matching treats a malformed value as absent instead of failing sign-in.
export const identityDocumentSchema = z.object({
  type: z.enum(identityDocumentTypes),
  series: z.string().nullish(),
  number: z.string(),
});

export const esiaChildSchema = z.object({
  id: z.string().min(1),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullish(),
  birthDate: isoDateSchema.nullish(),
  gender: genderSchema.nullish(),
  snils: z.string().nullish(),
  birthCertificate: z.object({ series: z.string().nullish(), number: z.string() }).nullish(),
});

export const esiaPersonSchema = z.object({
  subject: z.string().min(1),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullish(),
  birthDate: isoDateSchema.nullish(),
  gender: genderSchema.nullish(),
  snils: z.string().nullish(),
  documents: z.array(identityDocumentSchema),
  email: z.string().nullish(),
  mobile: z.string().nullish(),
  trusted: z.boolean(),
  children: z.array(esiaChildSchema),
});

// Compile-time guard: the schema and the hand-written interfaces must describe the same shape.
// biome-ignore lint/correctness/noUnusedVariables: a compile-time assertion is only compiled, never referenced
type SchemaMatchesInterfaces = [
  Assert<Same<z.infer<typeof esiaPersonSchema>, EsiaPerson>>,
  Assert<Same<z.infer<typeof esiaChildSchema>, EsiaChild>>,
  Assert<Same<z.infer<typeof identityDocumentSchema>, IdentityDocument>>,
];
