/**
 * The demo people of docs/demo-data.md as they really are: names, birth dates, documents and
 * contacts. Their Госуслуги accounts (esia-accounts.ts) and their cards in the school system
 * (cards.ts) are built from these records, so a fact is written once. Everyone is made up.
 */

export type Gender = 'male' | 'female';

export interface DemoPassport {
  series: string;
  number: string;
  /** YYYY-MM-DD. Invented: docs/demo-data.md does not fix issue dates or issuing offices. */
  issueDate: string;
  issuedBy: string;
}

export interface DemoBirthCertificate {
  series: string;
  number: string;
  /** YYYY-MM-DD. Invented, like the passports' issue dates. */
  issueDate: string;
}

export interface DemoPerson {
  lastName: string;
  firstName: string;
  middleName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
  /** Formatted as ESIA formats it: "112-233-445 95". */
  snils?: string;
  passport?: DemoPassport;
  birthCertificate?: DemoBirthCertificate;
  /** "+79000000001" */
  phone?: string;
  email?: string;
}

const moscowPassportOffice = 'ГУ МВД России по г. Москве';

export const demoPeople = {
  petrova: {
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1985-04-12',
    gender: 'female',
    snils: '112-233-445 95',
    passport: { series: '4510', number: '123456', issueDate: '2010-06-17', issuedBy: moscowPassportOffice },
    phone: '+79000000001',
    email: 'anna.petrova@example.ru',
  },
  kuznetsova: {
    lastName: 'Кузнецова',
    firstName: 'Ольга',
    middleName: 'Викторовна',
    birthDate: '1988-11-30',
    gender: 'female',
    snils: '345-678-901 23',
    passport: {
      series: '4012',
      number: '654321',
      issueDate: '2012-03-14',
      issuedBy: 'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области',
    },
    phone: '+79000000002',
    email: 'olga.kuznetsova@example.ru',
  },
  smirnov: {
    lastName: 'Смирнов',
    firstName: 'Алексей',
    middleName: 'Николаевич',
    birthDate: '1979-07-21',
    gender: 'male',
    snils: '678-901-234 38',
    passport: { series: '4509', number: '777888', issueDate: '2009-08-05', issuedBy: moscowPassportOffice },
    phone: '+79000000003',
    email: 'a.smirnov@example.ru',
  },
  nikolaev: {
    lastName: 'Николаев',
    firstName: 'Пётр',
    middleName: 'Ильич',
    birthDate: '1990-01-15',
    gender: 'male',
    snils: '890-123-456 99',
    passport: { series: '4511', number: '111222', issueDate: '2011-01-25', issuedBy: moscowPassportOffice },
    phone: '+79000000004',
    email: 'p.nikolaev@example.ru',
  },
  fedorova: {
    lastName: 'Фёдорова',
    firstName: 'Мария',
    middleName: 'Олеговна',
    birthDate: '1992-03-03',
    gender: 'female',
    snils: '135-792-468 94',
    passport: { series: '4513', number: '333444', issueDate: '2013-02-11', issuedBy: moscowPassportOffice },
    phone: '+79000000005',
    email: 'm.fedorova@example.ru',
  },
  orlova: {
    lastName: 'Орлова',
    firstName: 'Елена',
    middleName: 'Павловна',
    birthDate: '1975-09-09',
    gender: 'female',
    snils: '246-813-579 94',
    passport: { series: '4505', number: '555666', issueDate: '2005-10-12', issuedBy: moscowPassportOffice },
    phone: '+79000000006',
    email: 'e.orlova@example.ru',
  },
  solovyovaKim: {
    lastName: 'Соловьёва-Ким',
    firstName: 'Алёна',
    middleName: 'Игоревна',
    birthDate: '1987-12-01',
    gender: 'female',
    snils: '147-258-369 88',
    passport: { series: '4514', number: '987654', issueDate: '2014-07-08', issuedBy: moscowPassportOffice },
    phone: '+79000000007',
    email: 'a.solovyova-kim@example.ru',
  },
  vasiliev: {
    lastName: 'Васильев',
    firstName: 'Игорь',
    middleName: 'Петрович',
    birthDate: '1983-08-08',
    gender: 'male',
    snils: '369-147-258 14',
    passport: { series: '4508', number: '246810', issueDate: '2008-09-15', issuedBy: moscowPassportOffice },
    phone: '+79000000008',
    email: 'i.vasiliev@example.ru',
  },
  belova: {
    lastName: 'Белова',
    firstName: 'Ирина',
    middleName: 'Викторовна',
    birthDate: '1980-02-29',
    gender: 'female',
    snils: '314-159-265 52',
    passport: { series: '4507', number: '314159', issueDate: '2007-03-20', issuedBy: moscowPassportOffice },
    phone: '+79000000010',
    email: 'i.belova@example.ru',
  },
  zakharov: {
    lastName: 'Захаров',
    firstName: 'Виктор',
    middleName: 'Сергеевич',
    birthDate: '1970-06-15',
    gender: 'male',
    snils: '271-828-182 91',
    passport: { series: '4502', number: '271828', issueDate: '2002-08-01', issuedBy: moscowPassportOffice },
    phone: '+79000000011',
    email: 'v.zakharov@example.ru',
  },
  // 14 and over: a passport of his own besides the birth certificate, and his own contacts.
  petrovMikhail: {
    lastName: 'Петров',
    firstName: 'Михаил',
    middleName: 'Андреевич',
    birthDate: '2012-09-01',
    gender: 'male',
    snils: '123-456-789 64',
    passport: { series: '4526', number: '100200', issueDate: '2026-09-18', issuedBy: moscowPassportOffice },
    birthCertificate: { series: 'IV-МЮ', number: '512345', issueDate: '2012-09-14' },
    phone: '+79000000009',
    email: 'misha.petrov@example.ru',
  },
  petrovaSofya: {
    lastName: 'Петрова',
    firstName: 'Софья',
    middleName: 'Андреевна',
    birthDate: '2016-03-15',
    gender: 'female',
    snils: '234-567-890 99',
    birthCertificate: { series: 'V-МЮ', number: '634521', issueDate: '2016-03-29' },
  },
  kuznetsovIvan: {
    lastName: 'Кузнецов',
    firstName: 'Иван',
    middleName: 'Дмитриевич',
    birthDate: '2015-02-10',
    gender: 'male',
    snils: '456-789-012 38',
    birthCertificate: { series: 'V-МЮ', number: '112233', issueDate: '2015-02-24' },
  },
  kuznetsovaAlyona: {
    lastName: 'Кузнецова',
    firstName: 'Алёна',
    middleName: 'Дмитриевна',
    birthDate: '2021-06-05',
    gender: 'female',
    snils: '567-890-123 43',
    birthCertificate: { series: 'VI-МЮ', number: '445566', issueDate: '2021-06-18' },
  },
  smirnovaDarya: {
    lastName: 'Смирнова',
    firstName: 'Дарья',
    middleName: 'Алексеевна',
    birthDate: '2011-01-20',
    gender: 'female',
    snils: '789-012-345 23',
    birthCertificate: { series: 'IV-МЮ', number: '778899', issueDate: '2011-02-02' },
  },
  nikolaevaVera: {
    lastName: 'Николаева',
    firstName: 'Вера',
    middleName: 'Петровна',
    birthDate: '2017-05-05',
    gender: 'female',
    snils: '901-234-567 64',
    birthCertificate: { series: 'V-МЮ', number: '990011', issueDate: '2017-05-19' },
  },
  kimArtyom: {
    lastName: 'Ким',
    firstName: 'Артём',
    middleName: 'Олегович',
    birthDate: '2014-04-04',
    gender: 'male',
    snils: '258-369-147 14',
    birthCertificate: { series: 'V-МЮ', number: '223344', issueDate: '2014-04-17' },
  },
  vasilievaKseniya: {
    lastName: 'Васильева',
    firstName: 'Ксения',
    middleName: 'Игоревна',
    birthDate: '2013-10-10',
    gender: 'female',
    snils: '159-357-486 15',
    birthCertificate: { series: 'IV-МЮ', number: '556677', issueDate: '2013-10-24' },
  },
} satisfies Record<string, DemoPerson>;

export type DemoPersonKey = keyof typeof demoPeople;
