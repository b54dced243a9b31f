import { DomainError } from '@vhod/domain';
import { z } from 'zod';
import { builder } from '../../builder';

export const LegacyCredentialsInput = builder.inputType('LegacyCredentialsInput', {
  description: 'A school-issued (legacy SGO) login and password in one organisation.',
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    login: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const credentialsSchema = z.object({
  organisationId: z.uuid(),
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** Malformed input fails like a wrong password: the answer must not tell which part was wrong. */
export function parseLegacyCredentials(input: { organisationId: string | number; login: string; password: string }) {
  const parsed = credentialsSchema.safeParse({ ...input, organisationId: String(input.organisationId) });
  if (!parsed.success) throw new DomainError(parsed.error.issues.some((i) => i.path[0] === 'organisationId') ? 'organisation-not-found' : 'legacy-credentials-invalid');
  return parsed.data;
}
