import { demoCitizens, type AccountLevel, type DemoAccountKind, type DemoCitizen } from '@vhod/demo-people';

/**
 * The demo citizens of docs/demo-data.md, as their Госуслуги accounts look. The records come
 * from @vhod/demo-people, the one source the database seed and the domain tests read too.
 */
export { demoCitizens } from '@vhod/demo-people';

/** Every demo citizen signs in with this password. */
export const demoPassword = 'demo';

export const accountKindLabels: Readonly<Record<DemoAccountKind['kind'], string>> = {
  adult: 'Учётная запись взрослого',
  'child-under-14': 'Детская учётная запись (до 14 лет), создана родителем',
  'minor-14-18': 'Учётная запись 14–18 лет, привязана к родителю',
};

export const accountLevelLabels: Readonly<Record<AccountLevel, string>> = {
  simplified: 'Упрощённая',
  standard: 'Стандартная',
  confirmed: 'Подтверждённая',
};

export function fullNameOf(person: { lastName: string; firstName: string; middleName: string }): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
}

export function findCitizenBySubject(subject: string): DemoCitizen | undefined {
  return demoCitizens.find((citizen) => citizen.subject === subject);
}
