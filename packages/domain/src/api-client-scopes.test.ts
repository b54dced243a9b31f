import { describe, expect, it } from 'vitest';
import { apiClientPermissions, validateApiClientInput } from './api-client-scopes';

const organisation = '6f1c1f5e-8d0a-4f39-9a53-0d2f7c1b2a11';

describe('API client scopes', () => {
  it('grants nothing but what the scopes name, and never a write', () => {
    const permissions = apiClientPermissions(['statistics:read'], false);
    const granted = Object.entries(permissions)
      .filter(([, allowed]) => allowed)
      .map(([name]) => name);
    expect(granted).toEqual(['readStatistics']);
  });

  it('shows personal data only with the scope that names it', () => {
    expect(apiClientPermissions(['requests:read', 'cards:read'], true).readPersonalData).toBe(false);
    expect(apiClientPermissions(['requests:read', 'personal-data:read'], true).readPersonalData).toBe(true);
  });

  it('reads every request of its organisations with requests:read', () => {
    const permissions = apiClientPermissions(['requests:read'], false);
    expect(permissions.readOrganisationRequests).toBe(true);
    expect(permissions.workRequests).toBe(false);
  });
});

describe('API client form', () => {
  it('accepts a named client with scopes and organisations, de-duplicated and in canonical order', () => {
    const result = validateApiClientInput({
      name: '  Министерство образования ',
      scopes: ['statistics:read', 'requests:read', 'statistics:read'],
      organisationIds: [organisation, organisation],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Министерство образования',
        scopes: ['requests:read', 'statistics:read'],
        organisationIds: [organisation],
        rateLimitPerMinute: 60,
      },
    });
  });

  it('refuses control characters in the name', () => {
    expect(validateApiClientInput({ name: 'Выгрузка\u0000', scopes: ['requests:read'], organisationIds: null })).toEqual({
      ok: false,
      fieldErrors: [{ field: 'name', code: 'validation.control-characters' }],
    });
  });

  it('reports every broken field with a translatable code', () => {
    const result = validateApiClientInput({ name: ' ', scopes: [], organisationIds: ['not-a-uuid'], rateLimitPerMinute: 0 });
    expect(result).toEqual({
      ok: false,
      fieldErrors: [
        { field: 'name', code: 'validation.required' },
        { field: 'scopes', code: 'validation.scopes-required' },
        { field: 'organisationIds', code: 'validation.uuid' },
        { field: 'rateLimitPerMinute', code: 'validation.rate-limit' },
      ],
    });
  });

  it('refuses an unknown scope and an empty organisation list (null means all)', () => {
    expect(validateApiClientInput({ name: 'x', scopes: ['requests:write'], organisationIds: null }).ok).toBe(false);
    expect(validateApiClientInput({ name: 'x', scopes: ['requests:read'], organisationIds: [] }).ok).toBe(false);
    expect(validateApiClientInput({ name: 'x', scopes: ['requests:read'], organisationIds: null }).ok).toBe(true);
  });
});
