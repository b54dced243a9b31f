import { demoPeople, type DemoBirthCertificate, type DemoPerson, type DemoPersonKey } from './people';

/**
 * The demo people's Госуслуги accounts: what the development ESIA knows and returns. Built from
 * the person records, so the ESIA side cannot drift from the school-side cards (cards.ts).
 */

export type AccountLevel = 'simplified' | 'standard' | 'confirmed';

export interface DemoKid {
  /** The child's id in the parent's ESIA profile (`kids[].id`). A child with an own account keeps its subject. */
  id: string;
  person: DemoPersonKey;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  gender: DemoPerson['gender'];
  snils: string;
  birthCertificate: DemoBirthCertificate;
}

/**
 * How the account came to be, as ESIA tells minors apart. A child under 14 gets an account
 * a parent creates from the child's card («Семья и дети»); from 14 the child registers an own
 * account and binds it to a parent's. Either way the parent is the one who consents to the
 * child's first sign-in to an information system. The kind records how the account was made,
 * not today's age: whether someone is still a minor is computed from the birth date.
 */
export type DemoAccountKind =
  | { kind: 'adult' }
  | { kind: 'child-under-14'; createdByParentSubject: string }
  | { kind: 'minor-14-18'; boundToParentSubject: string };

export interface DemoCitizen extends DemoPerson {
  /** The id the development ESIA issues (ESIA's `oid`, the OIDC `sub`). */
  subject: string;
  person: DemoPersonKey;
  level: AccountLevel;
  kids: ReadonlyArray<DemoKid>;
  account: DemoAccountKind;
  /** Short Russian hint of the sign-in path this citizen demonstrates (shown on the login page). */
  demonstrates: string;
}

function kid(id: string, key: DemoPersonKey): DemoKid {
  const { lastName, firstName, middleName, birthDate, gender, snils, birthCertificate }: DemoPerson = demoPeople[key];
  if (snils === undefined || birthCertificate === undefined) {
    throw new TypeError(`demo-people: the child ${key} needs a SNILS and a birth certificate`);
  }
  return { id, person: key, lastName, firstName, middleName, birthDate, gender, snils, birthCertificate };
}

function citizen(subject: string, key: DemoPersonKey, account: Omit<DemoCitizen, keyof DemoPerson | 'subject' | 'person'>): DemoCitizen {
  return { subject, person: key, ...demoPeople[key], ...account };
}

const adult = { kind: 'adult' } as const;
const mikhail = kid('1000009', 'petrovMikhail');
// Софья's account was made from her card in her mother's profile, so her subject is that card's id.
const sofia = kid('2000001', 'petrovaSofya');

export const demoCitizens: ReadonlyArray<DemoCitizen> = [
  citizen('1000001', 'petrova', {
    level: 'confirmed',
    kids: [mikhail, sofia],
    account: adult,
    demonstrates: 'Родитель найден, одна организация',
  }),
  citizen('1000002', 'kuznetsova', {
    level: 'confirmed',
    kids: [kid('2000002', 'kuznetsovIvan'), kid('2000003', 'kuznetsovaAlyona')],
    account: adult,
    demonstrates: 'Несколько организаций: выбор',
  }),
  citizen('1000003', 'smirnov', {
    level: 'confirmed',
    kids: [kid('2000004', 'smirnovaDarya')],
    account: adult,
    demonstrates: 'Вход сотрудника; родитель в другой организации',
  }),
  citizen('1000004', 'nikolaev', {
    level: 'confirmed',
    kids: [kid('2000005', 'nikolaevaVera')],
    account: adult,
    demonstrates: 'Не найден в системе',
  }),
  citizen('1000005', 'fedorova', {
    level: 'standard',
    kids: [],
    account: adult,
    demonstrates: 'Неподтверждённая учётная запись: не сопоставляется',
  }),
  citizen('1000006', 'orlova', { level: 'confirmed', kids: [], account: adult, demonstrates: 'Администратор организации' }),
  citizen('1000007', 'solovyovaKim', {
    level: 'confirmed',
    kids: [kid('2000006', 'kimArtyom')],
    account: adult,
    demonstrates: 'Ё/Е, двойная фамилия, пробелы в номере документа',
  }),
  citizen('1000008', 'vasiliev', {
    level: 'confirmed',
    kids: [kid('2000007', 'vasilievaKseniya')],
    account: adult,
    demonstrates: 'Не найден автоматически; привязка по старому логину',
  }),
  citizen('1000009', 'petrovMikhail', {
    level: 'confirmed',
    kids: [],
    account: { kind: 'minor-14-18', boundToParentSubject: '1000001' },
    demonstrates: 'Учащийся (14+) найден; первый вход — после согласия родителя',
  }),
  citizen('1000010', 'belova', { level: 'confirmed', kids: [], account: adult, demonstrates: 'Ответственный сотрудник другой школы' }),
  citizen('1000011', 'zakharov', { level: 'confirmed', kids: [], account: adult, demonstrates: 'Региональный администратор' }),
  citizen(sofia.id, 'petrovaSofya', {
    // Confirmed without a visit: the parent's confirmed account vouches for the child's data.
    level: 'confirmed',
    kids: [],
    account: { kind: 'child-under-14', createdByParentSubject: '1000001' },
    demonstrates: 'Ребёнок до 14 лет (вход по СНИЛС); первый вход — после согласия родителя',
  }),
];
