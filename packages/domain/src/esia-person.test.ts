import { describe, expect, it } from 'vitest';
import { citizens } from '../test/demo-people';
import { esiaPersonSchema, type EsiaPerson } from './esia-person';

describe('esiaPersonSchema', () => {
  it('accepts every demo citizen and returns them unchanged', () => {
    for (const person of Object.values(citizens)) {
      expect(esiaPersonSchema.parse(person)).toEqual(person);
    }
  });

  it('survives a JSON round trip (stored snapshots)', () => {
    const stored = JSON.parse(JSON.stringify(citizens.petrova)) as unknown;
    expect(esiaPersonSchema.parse(stored)).toEqual(citizens.petrova);
  });

  it('accepts a minimal person: optional fields absent or null', () => {
    const minimal: EsiaPerson = {
      subject: '1',
      lastName: 'Ким',
      firstName: 'Артём',
      documents: [],
      trusted: false,
      children: [{ id: 'c', lastName: 'Ким', firstName: 'Ян', birthCertificate: null }],
    };
    expect(esiaPersonSchema.parse(minimal)).toEqual(minimal);
    expect(esiaPersonSchema.parse({ ...minimal, middleName: null, birthDate: null, gender: null, snils: null }).middleName).toBeNull();
  });

  it('drops fields it does not know, so nothing unexpected is stored', () => {
    const parsed = esiaPersonSchema.parse({ ...citizens.orlova, passwordHint: 'x' });
    expect(parsed).not.toHaveProperty('passwordHint');
  });

  it.each([
    ['a birth date that is not YYYY-MM-DD', { birthDate: '09.09.1975' }],
    ['an impossible birth date', { birthDate: '1975-02-30' }],
    ['an unknown document type', { documents: [{ type: 'DRIVING_LICENCE', number: '1' }] }],
    ['an unknown gender', { gender: 'other' }],
    ['a missing trusted flag', { trusted: undefined }],
    ['an empty subject', { subject: '' }],
    ['children that are not a list', { children: null }],
    ['a child with a bad birth date', { children: [{ id: 'c', lastName: 'К', firstName: 'Я', birthDate: '2014-13-01' }] }],
  ])('rejects %s', (_label, change) => {
    expect(esiaPersonSchema.safeParse({ ...citizens.orlova, ...change }).success).toBe(false);
  });
});
