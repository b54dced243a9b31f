import type { Gender } from '@vhod/db';
import { WeightedPicker, type Prng } from './prng';

// Most common first: the pickers give them power-law weights, so namesakes are as common as in a
// real region. Surnames are in the masculine form; `surnameFor` derives the feminine one.
const surnames = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
  'Матвеев',
  'Титов',
  'Марков',
  'Миронов',
  'Крылов',
  'Куликов',
  'Карпов',
  'Власов',
  'Мельников',
  'Денисов',
  'Гаврилов',
  'Тихонов',
  'Казаков',
  'Афанасьев',
  'Данилов',
  'Савельев',
  'Тимофеев',
  'Фомин',
  'Чернов',
  'Абрамов',
  'Мартынов',
  'Ефимов',
  'Федотов',
  'Щербаков',
  'Назаров',
  'Калинин',
  'Исаев',
  'Чернышёв',
  'Быков',
  'Маслов',
  'Родионов',
  'Коновалов',
  'Лазарев',
  'Воронин',
  'Климов',
  'Филатов',
  'Пономарёв',
  'Голубев',
  'Кудрявцев',
  'Прохоров',
  'Наумов',
  'Потапов',
  'Журавлёв',
  'Овчинников',
  'Трофимов',
  'Леонов',
  'Соболев',
  'Ермаков',
  'Колесников',
  'Гончаров',
  'Емельянов',
  'Никифоров',
  'Грачёв',
  'Котов',
  'Гришин',
  'Ефремов',
  'Архипов',
  'Громов',
  'Кириллов',
  'Малышев',
  'Панов',
  'Моисеев',
  'Румянцев',
  'Акимов',
  'Кондратьев',
  'Бирюков',
  'Горбунов',
  'Анисимов',
  'Ерёмин',
  'Тихомиров',
  'Галкин',
  'Лукьянов',
  'Михеев',
  'Скворцов',
  'Юдин',
  'Белоусов',
  'Нестеров',
  'Симонов',
  'Прокофьев',
  'Харитонов',
  'Князев',
  'Цветков',
  'Левин',
  'Митрофанов',
  'Воронцов',
  'Капустин',
  'Шубин',
  'Пугачёв',
  'Ершов',
  'Рябов',
  'Шевченко',
  'Бондаренко',
  'Ткаченко',
  'Ким',
  'Пак',
  'Цой',
  'Черных',
  'Седых',
  'Долгих',
  'Белых',
  'Толстой',
  'Островский',
  'Вишневский',
  'Высоцкий',
  'Покровский',
  'Успенский',
  'Хабибуллин',
  'Галиев',
  'Сафин',
  'Закиров',
  'Валиев',
  'Мухаметшин',
  'Гарипов',
  'Логинов',
  'Суханов',
  'Зимин',
  'Д’Артаньянов',
  'Рыбаков',
  'Ежов',
  'Лёвкин',
] as const;

/** [name, masculine patronymic, feminine patronymic]: a child's patronymic comes from the father's name. */
const maleNames: ReadonlyArray<readonly [string, string, string]> = [
  ['Александр', 'Александрович', 'Александровна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Андрей', 'Андреевич', 'Андреевна'],
  ['Алексей', 'Алексеевич', 'Алексеевна'],
  ['Максим', 'Максимович', 'Максимовна'],
  ['Иван', 'Иванович', 'Ивановна'],
  ['Михаил', 'Михайлович', 'Михайловна'],
  ['Артём', 'Артёмович', 'Артёмовна'],
  ['Николай', 'Николаевич', 'Николаевна'],
  ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Владимир', 'Владимирович', 'Владимировна'],
  ['Денис', 'Денисович', 'Денисовна'],
  ['Игорь', 'Игоревич', 'Игоревна'],
  ['Кирилл', 'Кириллович', 'Кирилловна'],
  ['Никита', 'Никитич', 'Никитична'],
  ['Роман', 'Романович', 'Романовна'],
  ['Павел', 'Павлович', 'Павловна'],
  ['Олег', 'Олегович', 'Олеговна'],
  ['Илья', 'Ильич', 'Ильинична'],
  ['Егор', 'Егорович', 'Егоровна'],
  ['Антон', 'Антонович', 'Антоновна'],
  ['Виктор', 'Викторович', 'Викторовна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'],
  ['Вадим', 'Вадимович', 'Вадимовна'],
  ['Константин', 'Константинович', 'Константиновна'],
  ['Даниил', 'Даниилович', 'Данииловна'],
  ['Матвей', 'Матвеевич', 'Матвеевна'],
  ['Тимофей', 'Тимофеевич', 'Тимофеевна'],
  ['Руслан', 'Русланович', 'Руслановна'],
  ['Станислав', 'Станиславович', 'Станиславовна'],
  ['Василий', 'Васильевич', 'Васильевна'],
  ['Григорий', 'Григорьевич', 'Григорьевна'],
  ['Георгий', 'Георгиевич', 'Георгиевна'],
  ['Фёдор', 'Фёдорович', 'Фёдоровна'],
  ['Лев', 'Львович', 'Львовна'],
  ['Марк', 'Маркович', 'Марковна'],
  ['Пётр', 'Петрович', 'Петровна'],
  ['Семён', 'Семёнович', 'Семёновна'],
  ['Степан', 'Степанович', 'Степановна'],
  ['Ярослав', 'Ярославович', 'Ярославовна'],
  ['Глеб', 'Глебович', 'Глебовна'],
  ['Тимур', 'Тимурович', 'Тимуровна'],
  ['Арсений', 'Арсеньевич', 'Арсеньевна'],
  ['Виталий', 'Витальевич', 'Витальевна'],
  ['Валерий', 'Валерьевич', 'Валерьевна'],
  ['Анатолий', 'Анатольевич', 'Анатольевна'],
  ['Леонид', 'Леонидович', 'Леонидовна'],
  ['Вячеслав', 'Вячеславович', 'Вячеславовна'],
  ['Геннадий', 'Геннадьевич', 'Геннадьевна'],
  ['Борис', 'Борисович', 'Борисовна'],
  ['Богдан', 'Богданович', 'Богдановна'],
  ['Савелий', 'Савельевич', 'Савельевна'],
  ['Мирон', 'Миронович', 'Мироновна'],
];

const femaleNames = [
  'Анна',
  'Елена',
  'Ольга',
  'Наталья',
  'Екатерина',
  'Мария',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Юлия',
  'Анастасия',
  'Дарья',
  'Софья',
  'Виктория',
  'Полина',
  'Алёна',
  'Ксения',
  'Марина',
  'Александра',
  'Елизавета',
  'Валерия',
  'Варвара',
  'Алиса',
  'Вероника',
  'Кристина',
  'Евгения',
  'Людмила',
  'Надежда',
  'Галина',
  'Вера',
  'Любовь',
  'Оксана',
  'Яна',
  'Милана',
  'Ульяна',
  'Арина',
  'Василиса',
  'Таисия',
  'Ева',
  'Злата',
  'Есения',
  'Кира',
  'Маргарита',
  'Диана',
  'Ангелина',
  'Лидия',
  'Нина',
  'Валентина',
  'Лариса',
  'Олеся',
] as const;

// Real regions have tens of thousands of surnames; a made-up tail keeps the common ones from
// covering everybody (the top full name then has about a hundred namesakes per million).
const rareSurnameRoots = [
  'Берёз',
  'Вишн',
  'Горл',
  'Дуб',
  'Журб',
  'Зар',
  'Камен',
  'Лип',
  'Мороз',
  'Нагорн',
  'Остр',
  'Песк',
  'Речн',
  'Сев',
  'Тальк',
  'Холмог',
  'Чащ',
  'Шир',
  'Юрл',
  'Ярц',
  'Бобр',
  'Ветл',
  'Глух',
  'Дроб',
  'Ель',
];
const rareSurnameEndings = ['ов', 'ин', 'енко', 'ский', 'анов', 'ихин', 'унов', 'ятов'];
const rareSurnames = rareSurnameRoots.flatMap((root) => rareSurnameEndings.map((ending) => `${root}${ending}`));

const surnamePicker = WeightedPicker.zipf(surnames, 0.5);
const malePicker = WeightedPicker.zipf(maleNames, 0.8);
const femalePicker = WeightedPicker.zipf(femaleNames, 0.8);

export interface FullName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

export function pickSurname(prng: Prng): string {
  return prng.chance(0.25) ? prng.pick(rareSurnames) : surnamePicker.pick(prng);
}

/** The surname as written for `gender`: Соловьёв → Соловьёва, Вишневский → Вишневская; Ким, Шевченко, Черных stay. */
export function surnameFor(masculine: string, gender: Gender): string {
  if (gender === 'male') return masculine;
  if (/(ов|ев|ёв|ин|ын)$/.test(masculine)) return `${masculine}а`;
  if (/(ский|цкий)$/.test(masculine)) return `${masculine.slice(0, -2)}ая`;
  if (masculine.endsWith('ой')) return `${masculine.slice(0, -2)}ая`;
  return masculine;
}

export interface FirstName {
  firstName: string;
  /** The patronymics this name gives to children; null for women. */
  patronymics: readonly [string, string] | null;
}

export function pickFirstName(prng: Prng, gender: Gender): FirstName {
  if (gender === 'female') return { firstName: femalePicker.pick(prng), patronymics: null };
  const [firstName, son, daughter] = malePicker.pick(prng);
  return { firstName, patronymics: [son, daughter] };
}

/** A father's name when the card has none on file (single mothers, adults whose father is not in the system). */
export function pickPatronymic(prng: Prng, gender: Gender): string {
  const [, son, daughter] = malePicker.pick(prng);
  return gender === 'male' ? son : daughter;
}

/**
 * Women who kept their name and added the husband's: Иванова-Петрова, Соловьёва-Ким. Both halves
 * come from the common list, so the double surname is as normalisation-prone as a real one.
 */
export function doubleSurname(prng: Prng, first: string): string {
  let second = surnameFor(pickSurname(prng), 'female');
  if (second === first) second = 'Ким';
  return `${first}-${second}`;
}

/** School clerks often type е for ё; the sign-in folds both, so a card may hold either. */
export function spelledByClerk(prng: Prng, name: FullName): FullName {
  if (!/[ёЁ]/.test(`${name.lastName}${name.firstName}${name.middleName ?? ''}`) || !prng.chance(0.4)) return name;
  const plain = (value: string) => value.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  return { lastName: plain(name.lastName), firstName: plain(name.firstName), middleName: name.middleName && plain(name.middleName) };
}
