import { esiaPersonSchema, identityDocumentTypes, type EsiaPerson } from '@vhod/domain';
import { z } from 'zod';

const optionalString = z.string().trim().min(1).nullish();

const kidClaimsSchema = z.object({
  id: z.string(),
  family_name: z.string(),
  given_name: z.string(),
  middle_name: optionalString,
  birthdate: optionalString,
  gender: z.enum(['male', 'female']).nullish(),
  snils: optionalString,
  birth_cert: z.object({ series: optionalString, number: z.string() }).nullish(),
});

/**
 * The userinfo claims of the OpenID Connect mode (ESIA_PROTOCOL=oidc): what the development ESIA's OIDC mode sends, and
 * what a broker in front of ESIA must map ESIA's person data to.
 */
const esiaClaimsSchema = z.object({
  sub: z.string().min(1),
  trusted: z.boolean().default(false),
  family_name: z.string().trim().min(1),
  given_name: z.string().trim().min(1),
  middle_name: optionalString,
  birthdate: optionalString,
  gender: z.enum(['male', 'female']).nullish(),
  snils: optionalString,
  id_doc: z.object({ type: z.enum(identityDocumentTypes), series: optionalString, number: z.string().min(1) }).nullish(),
  email: optionalString,
  phone_number: optionalString,
  kids: z.array(kidClaimsSchema).default([]),
});

export class EsiaProfileError extends Error {}

export function esiaPersonFromClaims(claims: unknown): EsiaPerson {
  const parsed = esiaClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    // The message names only the failing paths, never the values: they are personal data.
    throw new EsiaProfileError(`ESIA profile rejected: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  const c = parsed.data;
  return esiaPersonSchema.parse({
    subject: c.sub,
    trusted: c.trusted,
    lastName: c.family_name,
    firstName: c.given_name,
    middleName: c.middle_name ?? null,
    birthDate: c.birthdate ?? null,
    gender: c.gender ?? null,
    snils: c.snils ?? null,
    documents: c.id_doc ? [{ type: c.id_doc.type, series: c.id_doc.series ?? null, number: c.id_doc.number }] : [],
    email: c.email ?? null,
    mobile: c.phone_number ?? null,
    children: c.kids.map((kid) => ({
      id: kid.id,
      lastName: kid.family_name,
      firstName: kid.given_name,
      middleName: kid.middle_name ?? null,
      birthDate: kid.birthdate ?? null,
      gender: kid.gender ?? null,
      snils: kid.snils ?? null,
      birthCertificate: kid.birth_cert ? { series: kid.birth_cert.series ?? null, number: kid.birth_cert.number } : null,
    })),
  });
}
