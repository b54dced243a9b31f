import type { DemoCitizen } from '@vhod/demo-people';

const adultAge = 18;
// Russia has kept UTC+3 all year since 2014, so a fixed offset gives the Moscow calendar day.
const moscowOffsetMs = 3 * 60 * 60 * 1000;

/** Full years on the Moscow calendar day of `now`; birthDate is YYYY-MM-DD. */
export function ageOn(birthDate: string, now: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new TypeError(`esia-sim: bad birth date "${birthDate}"`);
  }
  const today = new Date(now.getTime() + moscowOffsetMs);
  const hadBirthday = today.getUTCMonth() + 1 > month || (today.getUTCMonth() + 1 === month && today.getUTCDate() >= day);
  return today.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

/** Whether the account holder is under 18 today: the kind of account alone does not say so. */
export function isMinorOn(citizen: DemoCitizen, now: Date): boolean {
  return ageOn(citizen.birthDate, now) < adultAge;
}

/** The parent accounts that may consent for this citizen (the creator or the bound parent). */
export function legalRepresentativesOf(citizen: DemoCitizen): string[] {
  switch (citizen.account.kind) {
    case 'child-under-14':
      return [citizen.account.createdByParentSubject];
    case 'minor-14-18':
      return [citizen.account.boundToParentSubject];
    case 'adult':
      return [];
  }
}
