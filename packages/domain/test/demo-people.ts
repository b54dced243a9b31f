/**
 * The demo people of docs/demo-data.md as this package's types: the ESIA side (what the
 * development ESIA returns) and the card side (what the seed writes), spelled as the doc spells them.
 */
import type { EsiaChild, EsiaPerson } from '../src/esia-person';
import type { PersonCardKeys } from '../src/matching';

function child(id: string, fio: string, birthDate: string, gender: 'male' | 'female', snils: string, certificate: string): EsiaChild {
  const [lastName = '', firstName = '', middleName = ''] = fio.split(' ');
  const [series = '', number = ''] = certificate.split(' ');
  return { id, lastName, firstName, middleName, birthDate, gender, snils, birthCertificate: { series, number } };
}

function citizen(
  subject: string,
  fio: string,
  birthDate: string,
  gender: 'male' | 'female',
  snils: string,
  passport: string,
  trusted: boolean,
  children: EsiaChild[] = [],
): EsiaPerson {
  const [lastName = '', firstName = '', middleName = ''] = fio.split(' ');
  const [series = '', number = ''] = passport.split(' ');
  return {
    subject,
    lastName,
    firstName,
    middleName,
    birthDate,
    gender,
    snils,
    documents: [{ type: 'RF_PASSPORT', series, number }],
    email: null,
    mobile: null,
    trusted,
    children,
  };
}

export const kids = {
  mikhail: child('k-1', 'Петров Михаил Андреевич', '2012-09-01', 'male', '123-456-789 64', 'IV-МЮ 512345'),
  sofia: child('k-2', 'Петрова Софья Андреевна', '2016-03-15', 'female', '234-567-890 99', 'V-МЮ 634521'),
  ivan: child('k-3', 'Кузнецов Иван Дмитриевич', '2015-02-10', 'male', '456-789-012 38', 'V-МЮ 112233'),
  alyonaK: child('k-4', 'Кузнецова Алёна Дмитриевна', '2021-06-05', 'female', '567-890-123 43', 'VI-МЮ 445566'),
  darya: child('k-5', 'Смирнова Дарья Алексеевна', '2011-01-20', 'female', '789-012-345 23', 'IV-МЮ 778899'),
  vera: child('k-6', 'Николаева Вера Петровна', '2017-05-05', 'female', '901-234-567 64', 'V-МЮ 990011'),
  artyom: child('k-7', 'Ким Артём Олегович', '2014-04-04', 'male', '258-369-147 14', 'V-МЮ 223344'),
  kseniya: child('k-8', 'Васильева Ксения Игоревна', '2013-10-10', 'female', '159-357-486 15', 'IV-МЮ 556677'),
};

export const citizens = {
  petrova: citizen('1000001', 'Петрова Анна Сергеевна', '1985-04-12', 'female', '112-233-445 95', '4510 123456', true, [
    kids.mikhail,
    kids.sofia,
  ]),
  kuznetsova: citizen('1000002', 'Кузнецова Ольга Викторовна', '1988-11-30', 'female', '345-678-901 23', '4012 654321', true, [
    kids.ivan,
    kids.alyonaK,
  ]),
  smirnov: citizen('1000003', 'Смирнов Алексей Николаевич', '1979-07-21', 'male', '678-901-234 38', '4509 777888', true, [kids.darya]),
  nikolaev: citizen('1000004', 'Николаев Пётр Ильич', '1990-01-15', 'male', '890-123-456 99', '4511 111222', true, [kids.vera]),
  fedorova: citizen('1000005', 'Фёдорова Мария Олеговна', '1992-03-03', 'female', '135-792-468 94', '4513 333444', false),
  orlova: citizen('1000006', 'Орлова Елена Павловна', '1975-09-09', 'female', '246-813-579 94', '4505 555666', true),
  solovyovaKim: citizen('1000007', 'Соловьёва-Ким Алёна Игоревна', '1987-12-01', 'female', '147-258-369 88', '4514 987654', true, [
    kids.artyom,
  ]),
  vasiliev: citizen('1000008', 'Васильев Игорь Петрович', '1983-08-08', 'male', '369-147-258 14', '4508 246810', true, [kids.kseniya]),
  petrovMikhail: citizen('1000009', 'Петров Михаил Андреевич', '2012-09-01', 'male', '123-456-789 64', '4526 100200', true),
};

function card(fio: string, birthDate: string | null, snils: string | null, document: PersonCardKeys['document']): PersonCardKeys {
  const [lastName = '', firstName = '', middleName = ''] = fio.split(' ');
  return { lastName, firstName, middleName, birthDate, snils, document };
}

const passport = (number: string) => ({ type: 'RF_PASSPORT', number });
const birthCertificate = (series: string, number: string) => ({ type: 'RF_BRTH_CERT', series, number });

/** Cards of adults (and of Михаил, who has his own ESIA account), keyed like `citizens`. */
export const cards = {
  petrova: card('Петрова Анна Сергеевна', '1985-04-12', '112-233-445 95', passport('4510123456')),
  kuznetsova: card('Кузнецова Ольга Викторовна', '1988-11-30', '345-678-901 23', passport('4012 654321')),
  smirnov: card('Смирнов Алексей Николаевич', '1979-07-21', '678-901-234 38', passport('4509 777888')),
  fedorova: card('Фёдорова Мария Олеговна', '1992-03-03', '135-792-468 94', passport('4513 333444')),
  orlova: card('Орлова Елена Павловна', '1975-09-09', '246-813-579 94', passport('4505 555666')),
  solovyovaKim: card('Соловьева-Ким Алена Игоревна', '1987-12-01', '147-258-369 88', passport('4514 987 654')),
  vasiliev: card('Васильев Игорь Петрович', '1983-08-08', null, null),
  petrovMikhail: card('Петров Михаил Андреевич', '2012-09-01', '123-456-789 64', passport('4526 100200')),
};

/** Students' and pupils' cards carry the birth certificate, except Михаил (passport, he is 14). */
export const childCards = {
  mikhail: cards.petrovMikhail,
  sofia: card('Петрова Софья Андреевна', '2016-03-15', '234-567-890 99', birthCertificate('V-МЮ', '634521')),
  ivan: card('Кузнецов Иван Дмитриевич', '2015-02-10', '456-789-012 38', birthCertificate('V-МЮ', '112233')),
  alyonaK: card('Кузнецова Алёна Дмитриевна', '2021-06-05', '567-890-123 43', birthCertificate('VI-МЮ', '445566')),
  darya: card('Смирнова Дарья Алексеевна', '2011-01-20', '789-012-345 23', birthCertificate('IV-МЮ', '778899')),
  artyom: card('Ким Артём Олегович', '2014-04-04', '258-369-147 14', birthCertificate('V-МЮ', '223344')),
  kseniya: card('Васильева Ксения Игоревна', '2013-10-10', '159-357-486 15', birthCertificate('IV-МЮ', '556677')),
};
