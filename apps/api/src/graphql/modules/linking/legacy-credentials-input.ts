import { DomainError, uuidSchema, withoutControlCharacters } from '@vhod/domain';
import { z } from 'zod';
import { builder } from '../../builder';

export const LegacyCredentialsInput = builder.inputType('LegacyCredentialsInput', {
  description: 'A school-issued (legacy SGO) login and password in one organisation.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation that issued the login (see `organisations`).' }),
    login: t.string({ required: true, description: 'The login; up to 100 characters.' }),
    password: t.string({ required: true, description: 'The password; up to 200 characters. Wrong ones are rate-limited.' }),
  }),
});

const credentialsSchema = z.object({
  organisationId: uuidSchema,
  login: z.string().trim().check(withoutControlCharacters()).min(1).max(100),
  password: z.string().check(withoutControlCharacters()).min(1).max(200),
});

/** Malformed input fails like a wrong password: the answer must not tell which part was wrong. */
export function parseLegacyCredentials(input: { organisationId: string | number; login: string; password: string }) {
  const parsed = credentialsSchema.safeParse({ ...input, organisationId: String(input.organisationId) });
  if (!parsed.success)
    throw new DomainError(
      parsed.error.issues.some((i) => i.path[0] === 'organisationId') ? 'organisation-not-found' : 'legacy-credentials-invalid',
    );
  return parsed.data;
}
