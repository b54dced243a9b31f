import type { AccountRole } from '@vhod/domain';
import type { OrganisationTypeCode } from '../schema/organisations';
import type { Gender } from '../schema/persons';

// The demo data of docs/demo-data.md (person cards as the school system holds them).

export const DEMO_LEGACY_PASSWORD = 'school123';
export const DEMO_MUNICIPALITY = 'Демонстрационный городской округ';

export const demoOrganisationTypes: ReadonlyArray<{ code: OrganisationTypeCode; name: string; sortOrder: number }> = [
  { code: 'school', name: 'Общеобразовательная организация', sortOrder: 1 },
  { code: 'kindergarten', name: 'Дошкольная образовательная организация', sortOrder: 2 },
  { code: 'college', name: 'Профессиональная образовательная организация', sortOrder: 3 },
  { code: 'additional', name: 'Организация дополнительного образования', sortOrder: 4 },
  { code: 'authority', name: 'Орган управления образованием', sortOrder: 9 },
];

export type DemoOrganisationKey = 'school1' | 'gymnasium2' | 'kindergarten5' | 'college' | 'ddt' | 'ministry';

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  typeCode: OrganisationTypeCode;
  name: string;
  shortName: string;
  classes: readonly string[];
}

export const demoOrganisations: readonly DemoOrganisation[] = [
  { key: 'school1', typeCode: 'school', name: 'МБОУ «Школа № 1»', shortName: 'Школа № 1', classes: ['1А', '4Б', '8А', '11А'] },
  { key: 'gymnasium2', typeCode: 'school', name: 'МАОУ «Гимназия № 2»', shortName: 'Гимназия № 2', classes: ['3В', '6Б', '9А'] },
  {
    key: 'kindergarten5',
    typeCode: 'kindergarten',
    name: 'МБДОУ «Детский сад № 5 „Солнышко“»',
    shortName: 'Детский сад № 5',
    classes: ['Ромашка', 'Звёздочка'],
  },
  { key: 'college', typeCode: 'college', name: 'ГБПОУ «Колледж связи»', shortName: 'Колледж связи', classes: ['ИС-21'] },
  {
    key: 'ddt',
    typeCode: 'additional',
    name: 'МБУ ДО «Дом детского творчества»',
    shortName: 'Дом детского творчества',
    classes: ['Робототехника'],
  },
  {
    key: 'ministry',
    typeCode: 'authority',
    name: 'Министерство образования Демонстрационного региона',
    shortName: 'Министерство образования',
    classes: [],
  },
];

const PASSPORT = 'RF_PASSPORT';
const BIRTH_CERTIFICATE = 'RF_BRTH_CERT';

export interface DemoAccount {
  organisation: DemoOrganisationKey;
  role: AccountRole;
  className?: string;
  legacyLogin?: string;
}

export interface DemoPerson {
  key: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  gender: Gender | null;
  /** As written on the card; stored normalized. */
  snils: string | null;
  documentType: string | null;
  documentSeries: string | null;
  documentNumber: string | null;
  email: string | null;
  phone: string | null;
  accounts: readonly DemoAccount[];
  /** Keys of the children's cards (parent–child links). */
  children?: readonly string[];
}

export const demoPersons: readonly DemoPerson[] = [
  {
    key: 'petrova',
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1985-04-12',
    gender: 'female',
    snils: '112-233-445 95',
    documentType: PASSPORT,
    documentSeries: null,
    documentNumber: '4510123456', // written without the series split
    email: 'anna.petrova@example.ru',
    phone: '+79000000001',
    accounts: [{ organisation: 'school1', role: 'parent', legacyLogin: 'petrova.as' }],
    children: ['petrovMikhail', 'petrovaSofya'],
  },
  {
    key: 'kuznetsova',
    lastName: 'Кузнецова',
    firstName: 'Ольга',
    middleName: 'Викторовна',
    birthDate: '1988-11-30',
    gender: 'female',
    snils: '345-678-901 23',
    documentType: PASSPORT,
    documentSeries: '4012',
    documentNumber: '654321',
    email: 'olga.kuznetsova@example.ru',
    phone: '+79000000002',
    accounts: [
      { organisation: 'school1', role: 'parent', legacyLogin: 'kuznetsova.ov' },
      { organisation: 'kindergarten5', role: 'parent' },
    ],
    children: ['kuznetsovIvan', 'kuznetsovaAlyona'],
  },
  {
    key: 'smirnov',
    lastName: 'Смирнов',
    firstName: 'Алексей',
    middleName: 'Николаевич',
    birthDate: '1979-07-21',
    gender: 'male',
    snils: '678-901-234 38',
    documentType: PASSPORT,
    documentSeries: '4509',
    documentNumber: '777888',
    email: 'a.smirnov@example.ru',
    phone: '+79000000003',
    accounts: [
      // Class teacher of 8А: sees the requests about that class.
      { organisation: 'school1', role: 'teacher', className: '8А', legacyLogin: 'smirnov.an' },
      { organisation: 'gymnasium2', role: 'parent' },
    ],
    children: ['smirnovaDarya'],
  },
  {
    key: 'fedorova',
    lastName: 'Фёдорова',
    firstName: 'Мария',
    middleName: 'Олеговна',
    birthDate: '1992-03-03',
    gender: 'female',
    snils: '135-792-468 94',
    documentType: PASSPORT,
    documentSeries: '4513',
    documentNumber: '333444',
    email: 'm.fedorova@example.ru',
    phone: '+79000000005',
    // Parent at Гимназия № 2 without a child card of her own.
    accounts: [{ organisation: 'gymnasium2', role: 'parent', legacyLogin: 'fedorova.mo' }],
  },
  {
    key: 'orlova',
    lastName: 'Орлова',
    firstName: 'Елена',
    middleName: 'Павловна',
    birthDate: '1975-09-09',
    gender: 'female',
    snils: '246-813-579 94',
    documentType: PASSPORT,
    documentSeries: '4505',
    documentNumber: '555666',
    email: 'e.orlova@example.ru',
    phone: '+79000000006',
    accounts: [{ organisation: 'school1', role: 'administrator', legacyLogin: 'orlova.ep' }],
  },
  {
    key: 'belova',
    lastName: 'Белова',
    firstName: 'Ирина',
    middleName: 'Викторовна',
    birthDate: '1980-02-29',
    gender: 'female',
    snils: '314-159-265 52',
    documentType: PASSPORT,
    documentSeries: '4507',
    documentNumber: '314159',
    email: 'i.belova@example.ru',
    phone: '+79000000010',
    accounts: [{ organisation: 'gymnasium2', role: 'responsible', legacyLogin: 'belova.iv' }],
  },
  {
    key: 'zakharov',
    lastName: 'Захаров',
    firstName: 'Виктор',
    middleName: 'Сергеевич',
    birthDate: '1970-06-15',
    gender: 'male',
    snils: '271-828-182 91',
    documentType: PASSPORT,
    documentSeries: '4502',
    documentNumber: '271828',
    email: 'v.zakharov@example.ru',
    phone: '+79000000011',
    accounts: [{ organisation: 'ministry', role: 'regional-admin' }],
  },
  {
    key: 'solovyovaKim',
    // ESIA: Соловьёва-Ким Алёна Игоревна, passport 4514 987654.
    lastName: 'Соловьева-Ким',
    firstName: 'Алена',
    middleName: 'Игоревна',
    birthDate: '1987-12-01',
    gender: 'female',
    snils: '147-258-369 88',
    documentType: PASSPORT,
    documentSeries: null,
    documentNumber: '4514 987 654',
    email: 'a.solovyova-kim@example.ru',
    phone: '+79000000007',
    accounts: [{ organisation: 'gymnasium2', role: 'parent', legacyLogin: 'solovyova.ai' }],
    children: ['kimArtyom'],
  },
  {
    key: 'vasiliev',
    lastName: 'Васильев',
    firstName: 'Игорь',
    middleName: 'Петрович',
    birthDate: '1983-08-08',
    gender: 'male',
    snils: null, // no SNILS and no passport on the card: not found automatically
    documentType: null,
    documentSeries: null,
    documentNumber: null,
    email: 'i.vasiliev@example.ru',
    phone: '+79000000008',
    accounts: [{ organisation: 'school1', role: 'parent', legacyLogin: 'vasiliev.ip' }],
    children: ['vasilievaKseniya'],
  },
  {
    key: 'petrovMikhail',
    lastName: 'Петров',
    firstName: 'Михаил',
    middleName: 'Андреевич',
    birthDate: '2012-09-01',
    gender: 'male',
    snils: '123-456-789 64',
    documentType: PASSPORT, // 14+: passport instead of the birth certificate
    documentSeries: '4526',
    documentNumber: '100200',
    email: 'misha.petrov@example.ru',
    phone: '+79000000009',
    accounts: [{ organisation: 'school1', role: 'student', className: '8А', legacyLogin: 'petrov.ma' }],
  },
  {
    key: 'petrovaSofya',
    lastName: 'Петрова',
    firstName: 'Софья',
    middleName: 'Андреевна',
    birthDate: '2016-03-15',
    gender: 'female',
    snils: '234-567-890 99',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'V-МЮ',
    documentNumber: '634521',
    email: null,
    phone: null,
    accounts: [{ organisation: 'school1', role: 'student', className: '4Б', legacyLogin: 'petrova.sa' }],
  },
  {
    key: 'kuznetsovIvan',
    lastName: 'Кузнецов',
    firstName: 'Иван',
    middleName: 'Дмитриевич',
    birthDate: '2015-02-10',
    gender: 'male',
    snils: '456-789-012 38',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'V-МЮ',
    documentNumber: '112233',
    email: null,
    phone: null,
    accounts: [{ organisation: 'school1', role: 'student', className: '4Б' }],
  },
  {
    key: 'kuznetsovaAlyona',
    lastName: 'Кузнецова',
    firstName: 'Алёна',
    middleName: 'Дмитриевна',
    birthDate: '2021-06-05',
    gender: 'female',
    snils: '567-890-123 43',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'VI-МЮ',
    documentNumber: '445566',
    email: null,
    phone: null,
    // A kindergarten pupil: role 'student' in group Ромашка.
    accounts: [{ organisation: 'kindergarten5', role: 'student', className: 'Ромашка' }],
  },
  {
    key: 'smirnovaDarya',
    lastName: 'Смирнова',
    firstName: 'Дарья',
    middleName: 'Алексеевна',
    birthDate: '2011-01-20',
    gender: 'female',
    snils: '789-012-345 23',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'IV-МЮ',
    documentNumber: '778899',
    email: null,
    phone: null,
    accounts: [{ organisation: 'gymnasium2', role: 'student', className: '9А' }],
  },
  {
    key: 'kimArtyom',
    lastName: 'Ким',
    firstName: 'Артём',
    middleName: 'Олегович',
    birthDate: '2014-04-04',
    gender: 'male',
    snils: '258-369-147 14',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'V-МЮ',
    documentNumber: '223344',
    email: null,
    phone: null,
    accounts: [{ organisation: 'gymnasium2', role: 'student', className: '6Б' }],
  },
  {
    key: 'vasilievaKseniya',
    lastName: 'Васильева',
    firstName: 'Ксения',
    middleName: 'Игоревна',
    birthDate: '2013-10-10',
    gender: 'female',
    snils: '159-357-486 15',
    documentType: BIRTH_CERTIFICATE,
    documentSeries: 'IV-МЮ',
    documentNumber: '556677',
    email: null,
    phone: null,
    accounts: [{ organisation: 'school1', role: 'student', className: '8А' }],
  },
];
