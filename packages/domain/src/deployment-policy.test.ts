import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { deploymentPolicySchema, isSelfLinkOpen, parseDeploymentPolicy, type DeploymentPolicy } from './deployment-policy';

const defaults: DeploymentPolicy = {
  selfLinkCutoff: '2025-03-17',
  legacySignInForUnder14: false,
  regionName: 'Демонстрационный регион',
};

function configurationError(env: Record<string, string | undefined>): DomainError {
  try {
    parseDeploymentPolicy(env);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected parseDeploymentPolicy to throw');
}

describe('deploymentPolicySchema', () => {
  it('fills in the defaults', () => {
    expect(deploymentPolicySchema.parse({})).toEqual(defaults);
  });

  it('rejects an impossible cutoff day', () => {
    expect(deploymentPolicySchema.safeParse({ selfLinkCutoff: '2025-02-30' }).success).toBe(false);
  });
});

describe('parseDeploymentPolicy', () => {
  it('uses the defaults for an empty environment and for blank variables', () => {
    expect(parseDeploymentPolicy({})).toEqual(defaults);
    expect(parseDeploymentPolicy({ VHOD_SELF_LINK_CUTOFF: '', VHOD_LEGACY_SIGN_IN_UNDER_14: ' ', VHOD_REGION_NAME: undefined })).toEqual(
      defaults,
    );
  });

  it('reads all three variables', () => {
    expect(
      parseDeploymentPolicy({
        VHOD_SELF_LINK_CUTOFF: '2025-09-01',
        VHOD_LEGACY_SIGN_IN_UNDER_14: 'true',
        VHOD_REGION_NAME: '  Тестовая область ',
        UNRELATED: 'x',
      }),
    ).toEqual({ selfLinkCutoff: '2025-09-01', legacySignInForUnder14: true, regionName: 'Тестовая область' });
    expect(parseDeploymentPolicy({ VHOD_LEGACY_SIGN_IN_UNDER_14: 'false' }).legacySignInForUnder14).toBe(false);
    expect(parseDeploymentPolicy({ VHOD_LEGACY_SIGN_IN_UNDER_14: 'TRUE' }).legacySignInForUnder14).toBe(true);
  });

  it.each([
    ['VHOD_SELF_LINK_CUTOFF', '17.03.2025'],
    ['VHOD_SELF_LINK_CUTOFF', '2025-02-30'],
    ['VHOD_LEGACY_SIGN_IN_UNDER_14', 'yes'],
    ['VHOD_LEGACY_SIGN_IN_UNDER_14', '1'],
  ])('refuses %s=%s with an invalid-configuration error naming the variable', (name, value) => {
    const error = configurationError({ [name]: value });
    expect(error.code).toBe('invalid-configuration');
    expect(error.details).toEqual({ variables: [name] });
  });

  it('names every invalid variable at once', () => {
    const error = configurationError({ VHOD_SELF_LINK_CUTOFF: 'soon', VHOD_LEGACY_SIGN_IN_UNDER_14: 'maybe' });
    expect(error.details).toEqual({ variables: ['VHOD_LEGACY_SIGN_IN_UNDER_14', 'VHOD_SELF_LINK_CUTOFF'] });
  });
});

describe('isSelfLinkOpen', () => {
  it('is open before and on the cutoff day, closed the day after', () => {
    expect(isSelfLinkOpen(defaults, '2025-01-01')).toBe(true);
    expect(isSelfLinkOpen(defaults, '2025-03-16')).toBe(true);
    expect(isSelfLinkOpen(defaults, '2025-03-17')).toBe(true);
    expect(isSelfLinkOpen(defaults, '2025-03-18')).toBe(false);
    expect(isSelfLinkOpen(defaults, '2026-03-17')).toBe(false);
  });

  it('follows a configured cutoff across a month and a year boundary', () => {
    const policy = parseDeploymentPolicy({ VHOD_SELF_LINK_CUTOFF: '2025-12-31' });
    expect(isSelfLinkOpen(policy, '2025-12-31')).toBe(true);
    expect(isSelfLinkOpen(policy, '2026-01-01')).toBe(false);
  });

  it('refuses a day that is not YYYY-MM-DD rather than guessing', () => {
    expect(() => isSelfLinkOpen(defaults, '18.03.2025')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    expect(() => isSelfLinkOpen(defaults, '2025-03-18T00:00:00Z')).toThrow(DomainError);
  });
});
