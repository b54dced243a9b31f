/**
 * The demo citizens of docs/demo-data.md, as their Госуслуги accounts look.
 * The database seed (packages/db) holds the school-side cards of the same people,
 * so subjects, names, documents and children must stay exactly in step with that file.
 * Everyone here is made up.
 */

export type AccountLevel = 'simplified' | 'standard' | 'confirmed';
export type Gender = 'male' | 'female';

export interface DemoPassport {
  series: string;
  number: string;
  /** Invented: docs/demo-data.md does not fix issue dates or issuing offices. */
  issueDate: string;
  issuedBy: string;
}

export interface DemoBirthCertificate {
  series: string;
  number: string;
}

export interface DemoKid {
  /** The child's id in the parent's ESIA profile (`kids[].id`). A child with an own account keeps its subject. */
  id: string;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  gender: Gender;
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

export interface DemoCitizen {
  /** The `sub` the development ESIA issues (ESIA's `oid`). */
  subject: string;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  gender: Gender;
  level: AccountLevel;
  /** Formatted as ESIA formats it: "112-233-445 95". Absent on simplified accounts. */
  snils?: string;
  /** Absent on simplified accounts and on children who have none yet. */
  passport?: DemoPassport;
  /** A child's account carries the birth certificate as its identity document instead of a passport. */
  birthCertificate?: DemoBirthCertificate;
  /** Absent when the account has none (a young child's account often has neither phone nor e-mail). */
  phone?: string;
  email?: string;
  kids: ReadonlyArray<DemoKid>;
  account: DemoAccountKind;
  /** Short Russian hint of the sign-in path this citizen demonstrates (shown on the login page). */
  demonstrates: string;
}

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

const moscowPassportOffice = 'ГУ МВД России по г. Москве';

const mikhailPetrov: DemoKid = {
  id: '1000009',
  lastName: 'Петров',
  firstName: 'Михаил',
  middleName: 'Андреевич',
  birthDate: '2012-09-01',
  gender: 'male',
  snils: '123-456-789 64',
  birthCertificate: { series: 'IV-МЮ', number: '512345' },
};

const sofiaPetrova: DemoKid = {
  id: '2000001',
  lastName: 'Петрова',
  firstName: 'Софья',
  middleName: 'Андреевна',
  birthDate: '2016-03-15',
  gender: 'female',
  snils: '234-567-890 99',
  birthCertificate: { series: 'V-МЮ', number: '634521' },
};

export const demoCitizens: ReadonlyArray<DemoCitizen> = [
  {
    subject: '1000001',
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1985-04-12',
    gender: 'female',
    level: 'confirmed',
    snils: '112-233-445 95',
    passport: { series: '4510', number: '123456', issueDate: '2010-06-17', issuedBy: moscowPassportOffice },
    phone: '+79000000001',
    email: 'anna.petrova@example.ru',
    kids: [mikhailPetrov, sofiaPetrova],
    account: { kind: 'adult' },
    demonstrates: 'Родитель найден, одна организация',
  },
  {
    subject: '1000002',
    lastName: 'Кузнецова',
    firstName: 'Ольга',
    middleName: 'Викторовна',
    birthDate: '1988-11-30',
    gender: 'female',
    level: 'confirmed',
    snils: '345-678-901 23',
    passport: {
      series: '4012',
      number: '654321',
      issueDate: '2012-03-14',
      issuedBy: 'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области',
    },
    phone: '+79000000002',
    email: 'olga.kuznetsova@example.ru',
    kids: [
      {
        id: '2000002',
        lastName: 'Кузнецов',
        firstName: 'Иван',
        middleName: 'Дмитриевич',
        birthDate: '2015-02-10',
        gender: 'male',
        snils: '456-789-012 38',
        birthCertificate: { series: 'V-МЮ', number: '112233' },
      },
      {
        id: '2000003',
        lastName: 'Кузнецова',
        firstName: 'Алёна',
        middleName: 'Дмитриевна',
        birthDate: '2021-06-05',
        gender: 'female',
        snils: '567-890-123 43',
        birthCertificate: { series: 'VI-МЮ', number: '445566' },
      },
    ],
    account: { kind: 'adult' },
    demonstrates: 'Несколько организаций: выбор',
  },
  {
    subject: '1000003',
    lastName: 'Смирнов',
    firstName: 'Алексей',
    middleName: 'Николаевич',
    birthDate: '1979-07-21',
    gender: 'male',
    level: 'confirmed',
    snils: '678-901-234 38',
    passport: { series: '4509', number: '777888', issueDate: '2009-08-05', issuedBy: moscowPassportOffice },
    phone: '+79000000003',
    email: 'a.smirnov@example.ru',
    kids: [
      {
        id: '2000004',
        lastName: 'Смирнова',
        firstName: 'Дарья',
        middleName: 'Алексеевна',
        birthDate: '2011-01-20',
        gender: 'female',
        snils: '789-012-345 23',
        birthCertificate: { series: 'IV-МЮ', number: '778899' },
      },
    ],
    account: { kind: 'adult' },
    demonstrates: 'Вход сотрудника; родитель в другой организации',
  },
  {
    subject: '1000004',
    lastName: 'Николаев',
    firstName: 'Пётр',
    middleName: 'Ильич',
    birthDate: '1990-01-15',
    gender: 'male',
    level: 'confirmed',
    snils: '890-123-456 99',
    passport: { series: '4511', number: '111222', issueDate: '2011-01-25', issuedBy: moscowPassportOffice },
    phone: '+79000000004',
    email: 'p.nikolaev@example.ru',
    kids: [
      {
        id: '2000005',
        lastName: 'Николаева',
        firstName: 'Вера',
        middleName: 'Петровна',
        birthDate: '2017-05-05',
        gender: 'female',
        snils: '901-234-567 64',
        birthCertificate: { series: 'V-МЮ', number: '990011' },
      },
    ],
    account: { kind: 'adult' },
    demonstrates: 'Не найден в системе',
  },
  {
    subject: '1000005',
    lastName: 'Фёдорова',
    firstName: 'Мария',
    middleName: 'Олеговна',
    birthDate: '1992-03-03',
    gender: 'female',
    level: 'standard',
    snils: '135-792-468 94',
    passport: { series: '4513', number: '333444', issueDate: '2013-02-11', issuedBy: moscowPassportOffice },
    phone: '+79000000005',
    email: 'm.fedorova@example.ru',
    kids: [],
    account: { kind: 'adult' },
    demonstrates: 'Неподтверждённая учётная запись: не сопоставляется',
  },
  {
    subject: '1000006',
    lastName: 'Орлова',
    firstName: 'Елена',
    middleName: 'Павловна',
    birthDate: '1975-09-09',
    gender: 'female',
    level: 'confirmed',
    snils: '246-813-579 94',
    passport: { series: '4505', number: '555666', issueDate: '2005-10-12', issuedBy: moscowPassportOffice },
    phone: '+79000000006',
    email: 'e.orlova@example.ru',
    kids: [],
    account: { kind: 'adult' },
    demonstrates: 'Администратор организации',
  },
  {
    subject: '1000007',
    lastName: 'Соловьёва-Ким',
    firstName: 'Алёна',
    middleName: 'Игоревна',
    birthDate: '1987-12-01',
    gender: 'female',
    level: 'confirmed',
    snils: '147-258-369 88',
    passport: { series: '4514', number: '987654', issueDate: '2014-07-08', issuedBy: moscowPassportOffice },
    phone: '+79000000007',
    email: 'a.solovyova-kim@example.ru',
    kids: [
      {
        id: '2000006',
        lastName: 'Ким',
        firstName: 'Артём',
        middleName: 'Олегович',
        birthDate: '2014-04-04',
        gender: 'male',
        snils: '258-369-147 14',
        birthCertificate: { series: 'V-МЮ', number: '223344' },
      },
    ],
    account: { kind: 'adult' },
    demonstrates: 'Ё/Е, двойная фамилия, пробелы в номере документа',
  },
  {
    subject: '1000008',
    lastName: 'Васильев',
    firstName: 'Игорь',
    middleName: 'Петрович',
    birthDate: '1983-08-08',
    gender: 'male',
    level: 'confirmed',
    snils: '369-147-258 14',
    passport: { series: '4508', number: '246810', issueDate: '2008-09-15', issuedBy: moscowPassportOffice },
    phone: '+79000000008',
    email: 'i.vasiliev@example.ru',
    kids: [
      {
        id: '2000007',
        lastName: 'Васильева',
        firstName: 'Ксения',
        middleName: 'Игоревна',
        birthDate: '2013-10-10',
        gender: 'female',
        snils: '159-357-486 15',
        birthCertificate: { series: 'IV-МЮ', number: '556677' },
      },
    ],
    account: { kind: 'adult' },
    demonstrates: 'Не найден автоматически; привязка по старому логину',
  },
  {
    subject: '1000009',
    lastName: mikhailPetrov.lastName,
    firstName: mikhailPetrov.firstName,
    middleName: mikhailPetrov.middleName,
    birthDate: mikhailPetrov.birthDate,
    gender: mikhailPetrov.gender,
    level: 'confirmed',
    snils: mikhailPetrov.snils,
    passport: { series: '4526', number: '100200', issueDate: '2026-09-18', issuedBy: moscowPassportOffice },
    phone: '+79000000009',
    email: 'misha.petrov@example.ru',
    kids: [],
    account: { kind: 'minor-14-18', boundToParentSubject: '1000001' },
    demonstrates: 'Учащийся (14+) найден; первый вход — после согласия родителя',
  },
  {
    subject: '1000010',
    lastName: 'Белова',
    firstName: 'Ирина',
    middleName: 'Викторовна',
    birthDate: '1980-02-29',
    gender: 'female',
    level: 'confirmed',
    snils: '314-159-265 52',
    passport: { series: '4507', number: '314159', issueDate: '2007-03-20', issuedBy: moscowPassportOffice },
    phone: '+79000000010',
    email: 'i.belova@example.ru',
    kids: [],
    account: { kind: 'adult' },
    demonstrates: 'Ответственный сотрудник другой школы',
  },
  {
    subject: '1000011',
    lastName: 'Захаров',
    firstName: 'Виктор',
    middleName: 'Сергеевич',
    birthDate: '1970-06-15',
    gender: 'male',
    level: 'confirmed',
    snils: '271-828-182 91',
    passport: { series: '4502', number: '271828', issueDate: '2002-08-01', issuedBy: moscowPassportOffice },
    phone: '+79000000011',
    email: 'v.zakharov@example.ru',
    kids: [],
    account: { kind: 'adult' },
    demonstrates: 'Региональный администратор',
  },
  {
    // Her subject is the id she has in her mother's `kids`: the account was made from that card.
    subject: sofiaPetrova.id,
    lastName: sofiaPetrova.lastName,
    firstName: sofiaPetrova.firstName,
    middleName: sofiaPetrova.middleName,
    birthDate: sofiaPetrova.birthDate,
    gender: sofiaPetrova.gender,
    // Confirmed without a visit: the parent's confirmed account vouches for the child's data.
    level: 'confirmed',
    snils: sofiaPetrova.snils,
    birthCertificate: sofiaPetrova.birthCertificate,
    kids: [],
    account: { kind: 'child-under-14', createdByParentSubject: '1000001' },
    demonstrates: 'Ребёнок до 14 лет (вход по СНИЛС); первый вход — после согласия родителя',
  },
];

export function fullNameOf(person: { lastName: string; firstName: string; middleName: string }): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
}

export function findCitizenBySubject(subject: string): DemoCitizen | undefined {
  return demoCitizens.find((citizen) => citizen.subject === subject);
}
