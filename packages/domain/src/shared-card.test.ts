import { describe, expect, it } from 'vitest';
import { isPersonCardContactField, organisationsBeyondSteward } from './shared-card';

const school1 = 'school-1';
const gymnasium2 = 'gymnasium-2';
const belova = { permissions: { manageCards: true }, organisationIds: [gymnasium2] };

describe('who may change the identity and the ESIA link of a card', () => {
  it('refuses a school a card that also has an account at another school, naming that school', () => {
    expect(organisationsBeyondSteward(belova, [gymnasium2, school1])).toEqual([school1]);
  });

  it('lets a school change a card that belongs only to it', () => {
    expect(organisationsBeyondSteward(belova, [gymnasium2, gymnasium2])).toEqual([]);
  });

  it('lets the regional administrator change any card', () => {
    expect(organisationsBeyondSteward({ permissions: { manageCards: true }, organisationIds: null }, [gymnasium2, school1])).toEqual([]);
  });

  it('refuses everything to someone who does not manage cards', () => {
    expect(organisationsBeyondSteward({ permissions: { manageCards: false }, organisationIds: null }, [school1, school1])).toEqual([
      school1,
    ]);
  });

  it('treats only email and phone as contact fields', () => {
    expect(['email', 'phone'].every(isPersonCardContactField)).toBe(true);
    expect(['lastName', 'firstName', 'middleName', 'birthDate', 'gender', 'snils', 'documentNumber'].some(isPersonCardContactField)).toBe(
      false,
    );
  });
});
