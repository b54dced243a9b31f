import { z } from 'zod';
import type { Assert, Same } from './compile-time-assertions';
import { DomainError } from './domain-error';
import { assertIsoDate, compareIsoDates, isoDateSchema } from './iso-date';

/** Rules that differ between regional deployments. */
export interface DeploymentPolicy {
  /** Last day (inclusive, YYYY-MM-DD) on which users may link a card to ESIA themselves. */
  selfLinkCutoff: string;
  /** Whether children under 14, who have no ESIA account of their own, keep the legacy login. */
  legacySignInForUnder14: boolean;
  regionName: string;
}

export const deploymentPolicySchema = z.object({
  selfLinkCutoff: isoDateSchema.default('2025-03-17'),
  legacySignInForUnder14: z.boolean().default(false),
  regionName: z.string().trim().min(1).default('Демонстрационный регион'),
});

const variables = {
  selfLinkCutoff: 'VHOD_SELF_LINK_CUTOFF',
  legacySignInForUnder14: 'VHOD_LEGACY_SIGN_IN_UNDER_14',
  regionName: 'VHOD_REGION_NAME',
} as const satisfies Record<keyof DeploymentPolicy, string>;

/**
 * Reads the policy from the environment. An unset or blank variable takes the default (.env
 * files leave `NAME=` behind); anything unparsable stops the start-up rather than silently
 * running a region with the wrong rules.
 */
export function parseDeploymentPolicy(env: Record<string, string | undefined>): DeploymentPolicy {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const invalid: string[] = [];

  const flag = read(variables.legacySignInForUnder14)?.toLowerCase();
  let legacySignInForUnder14: boolean | undefined;
  if (flag === 'true') legacySignInForUnder14 = true;
  else if (flag === 'false') legacySignInForUnder14 = false;
  else if (flag !== undefined) invalid.push(variables.legacySignInForUnder14);

  const parsed = deploymentPolicySchema.safeParse({
    selfLinkCutoff: read(variables.selfLinkCutoff),
    legacySignInForUnder14,
    regionName: read(variables.regionName),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in variables) invalid.push(variables[field as keyof DeploymentPolicy]);
    }
  }
  if (invalid.length > 0 || !parsed.success) {
    throw new DomainError('invalid-configuration', { variables: [...new Set(invalid)].sort() });
  }
  return parsed.data;
}

/** Open through the cutoff day itself, closed from the next day on. */
export function isSelfLinkOpen(policy: DeploymentPolicy, today: string): boolean {
  assertIsoDate(today, 'today');
  assertIsoDate(policy.selfLinkCutoff, 'selfLinkCutoff');
  return compareIsoDates(today, policy.selfLinkCutoff) <= 0;
}

// Compile-time guard: the schema must produce exactly the interface.
// biome-ignore lint/correctness/noUnusedVariables: a compile-time assertion is only compiled, never referenced
type SchemaMatchesInterface = Assert<Same<z.infer<typeof deploymentPolicySchema>, DeploymentPolicy>>;
