import type { NewOrganisation, NewSchoolClass, OrganisationTypeCode } from '@vhod/db';
import type { Prng } from './prng';
import type { RegionSize } from './region-scale';

export type EducationalType = Exclude<OrganisationTypeCode, 'authority'>;

export interface SeedClass {
  row: NewSchoolClass & { id: string };
  /** What a child must be to be in it: the school grade, the kindergarten age, the college course; 0 for clubs. */
  band: number;
}

export interface SeedOrganisation {
  row: NewOrganisation & { id: string; typeCode: OrganisationTypeCode };
  municipality: number;
  classes: SeedClass[];
  /** Classes by band, for placing a child of a given age. */
  classesByBand: Map<number, SeedClass[]>;
}

export interface SeedRegionOrganisations {
  all: SeedOrganisation[];
  authority: SeedOrganisation;
  /** Educational organisations by municipality and type, each repeated by its size so a uniform pick is size-weighted. */
  byMunicipality: Array<Record<EducationalType, SeedOrganisation[]>>;
  /** The same over the whole region, for families whose municipality lacks a type (colleges). */
  byType: Record<EducationalType, SeedOrganisation[]>;
}

const municipalityNames = [
  'Городской округ Северореченск',
  'Городской округ Заречный',
  'Приозёрный муниципальный район',
  'Городской округ Лесогорск',
  'Березовский муниципальный район',
  'Городской округ Каменск',
  'Ольховский муниципальный район',
  'Городской округ Светлый',
  'Кедровый муниципальный округ',
  'Сосновский муниципальный район',
  'Городской округ Рудный',
  'Ивановский муниципальный район',
  'Щучанский муниципальный округ',
  'Городской округ Ясногорск',
  'Луговской муниципальный район',
  'Городской округ Новоалексеевск',
  'Верхнеречинский муниципальный район',
  'Городской округ Черёмушки',
  'Полевской муниципальный район',
  'Озёрский муниципальный округ',
  'Городской округ Горный',
  'Троицкий муниципальный район',
  'Степной муниципальный район',
  'Городской округ Южный',
];

const kindergartenNames = [
  'Солнышко',
  'Ромашка',
  'Колокольчик',
  'Берёзка',
  'Радуга',
  'Сказка',
  'Теремок',
  'Ласточка',
  'Звёздочка',
  'Рябинка',
  'Журавушка',
  'Алёнушка',
];
const kindergartenGroups = [
  'Ромашка',
  'Звёздочка',
  'Солнышко',
  'Колокольчик',
  'Капелька',
  'Радуга',
  'Пчёлка',
  'Светлячок',
  'Улыбка',
  'Непоседы',
  'Гномики',
  'Теремок',
  'Ягодка',
  'Сказка',
  'Дельфинчик',
];
const collegeKinds = [
  'Педагогический колледж',
  'Медицинский колледж',
  'Политехнический колледж',
  'Колледж связи',
  'Аграрный техникум',
  'Строительный колледж',
  'Колледж экономики и сервиса',
  'Техникум железнодорожного транспорта',
];
const collegeSpecialities = ['ИС', 'ЭК', 'ПД', 'СД', 'ТМ', 'БУ', 'ЛС', 'АТ', 'ПК', 'ТО'];
const additionalKinds: ReadonlyArray<readonly [string, string]> = [
  ['Дом детского творчества', 'ДДТ'],
  ['Детско-юношеская спортивная школа', 'ДЮСШ'],
  ['Центр детского творчества', 'ЦДТ'],
  ['Детская школа искусств', 'ДШИ'],
  ['Станция юных техников', 'СЮТ'],
];
const clubs = [
  'Робототехника',
  'Шахматы',
  'Хореография',
  'Вокал',
  'Изостудия',
  'Театральная студия',
  'Футбол',
  'Плавание',
  'Дзюдо',
  'Программирование',
  'Юный эколог',
  'Английский язык',
  'Лёгкая атлетика',
  'Хор',
  'Гитара',
  'Керамика',
  'Волейбол',
  'Фотостудия',
];
const classLetters = ['А', 'Б', 'В', 'Г', 'Д'];

/** The municipality each organisation of a type sits in: every municipality gets one before any gets a second. */
function spreadOverMunicipalities(prng: Prng, count: number, municipalities: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const placed: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i < municipalities) {
      placed.push(i);
      continue;
    }
    let target = prng.next() * total;
    let municipality = 0;
    while (target >= weights[municipality]!) target -= weights[municipality++]!;
    placed.push(municipality);
  }
  return placed;
}

/**
 * Organisations of every type spread over the municipalities (the first, the regional centre, is
 * the biggest), with their classes, kindergarten groups, college groups and clubs; and the
 * regional education authority, where the regional administrator works.
 */
export function buildOrganisations(prng: Prng, size: RegionSize, anchor: Date): SeedRegionOrganisations {
  const municipalityCount = Math.min(size.municipalities, municipalityNames.length);
  const weights = Array.from({ length: municipalityCount }, (_, index) => (index === 0 ? 8 : 1 / (1 + index * 0.08)));
  const all: SeedOrganisation[] = [];
  const createdAt = new Date(anchor.getTime() - 3 * 365 * 86_400_000);
  const counters = new Map<string, number>();
  const nextNumber = (key: string) => {
    const value = (counters.get(key) ?? 0) + 1;
    counters.set(key, value);
    return value;
  };

  const add = (
    typeCode: OrganisationTypeCode,
    municipality: number,
    name: string,
    shortName: string,
    classes: Array<{ name: string; band: number }>,
  ) => {
    const id = prng.uuid();
    const seedClasses = classes.map(
      (schoolClass, index): SeedClass => ({
        row: { id: prng.uuid(), organisationId: id, name: schoolClass.name, sortOrder: index + 1 },
        band: schoolClass.band,
      }),
    );
    const classesByBand = new Map<number, SeedClass[]>();
    for (const seedClass of seedClasses) classesByBand.set(seedClass.band, [...(classesByBand.get(seedClass.band) ?? []), seedClass]);
    const organisation: SeedOrganisation = {
      row: {
        id,
        typeCode,
        name,
        shortName,
        municipality: municipalityNames[municipality]!,
        requestTargetWorkingDays: prng.chance(0.1) ? 5 : 3,
        createdAt,
      },
      municipality,
      classes: seedClasses,
      classesByBand,
    };
    all.push(organisation);
    return organisation;
  };

  for (const municipality of spreadOverMunicipalities(prng, size.organisations.school, municipalityCount, weights)) {
    const number = nextNumber(`school/${municipality}`);
    const parallels = municipality === 0 ? prng.int(2, 5) : prng.int(1, 3);
    const kind = prng.next();
    const [name, shortName] =
      kind < 0.1
        ? [`МАОУ «Гимназия № ${number}»`, `Гимназия № ${number}`]
        : kind < 0.18
          ? [`МАОУ «Лицей № ${number}»`, `Лицей № ${number}`]
          : [`МБОУ «Средняя общеобразовательная школа № ${number}»`, `Школа № ${number}`];
    const classes = [];
    for (let grade = 1; grade <= 11; grade += 1) {
      // Fewer parallels after the 9th grade: part of the pupils leave for colleges.
      const count = grade >= 10 ? Math.max(1, parallels - 1) : parallels;
      for (let letter = 0; letter < count; letter += 1) classes.push({ name: `${grade}${classLetters[letter]}`, band: grade });
    }
    add('school', municipality, name, shortName, classes);
  }

  for (const municipality of spreadOverMunicipalities(prng, size.organisations.kindergarten, municipalityCount, weights)) {
    const number = nextNumber(`kindergarten/${municipality}`);
    const title = prng.pick(kindergartenNames);
    const groups = [];
    let next = prng.int(0, kindergartenGroups.length - 1);
    const parallels = prng.int(1, 3);
    for (let age = 2; age <= 6; age += 1) {
      for (let parallel = 0; parallel < parallels; parallel += 1) {
        groups.push({ name: kindergartenGroups[next % kindergartenGroups.length]!, band: age });
        next += 1;
      }
    }
    add('kindergarten', municipality, `МБДОУ «Детский сад № ${number} „${title}“»`, `Детский сад № ${number}`, groups);
  }

  for (const municipality of spreadOverMunicipalities(prng, size.organisations.college, Math.min(municipalityCount, 6), weights)) {
    const kind = prng.pick(collegeKinds);
    const number = nextNumber(`college/${kind}`);
    const specialities = collegeSpecialities.slice(0, prng.int(3, collegeSpecialities.length));
    const entryYear = anchor.getUTCFullYear() - (anchor.getUTCMonth() < 8 ? 1 : 0);
    const groups = [];
    for (const speciality of specialities) {
      for (let course = 1; course <= 4; course += 1)
        groups.push({ name: `${speciality}-${(entryYear - course + 1) % 100}1`, band: course });
    }
    const title = number === 1 ? kind : `${kind} № ${number}`;
    add('college', municipality, `ГБПОУ «${title}»`, title, groups);
  }

  for (const municipality of spreadOverMunicipalities(prng, size.organisations.additional, municipalityCount, weights)) {
    const [kind, abbreviation] = prng.pick(additionalKinds);
    const number = nextNumber(`additional/${municipality}/${kind}`);
    const offered = prng.shuffled(clubs).slice(0, prng.int(6, 14));
    add(
      'additional',
      municipality,
      `МБУ ДО «${kind} № ${number}»`,
      `${abbreviation} № ${number}`,
      offered.map((club) => ({ name: club, band: 0 })),
    );
  }

  const authority = add('authority', 0, 'Министерство образования Демонстрационного региона', 'Министерство образования', []);

  const emptyTypes = (): Record<EducationalType, SeedOrganisation[]> => ({ school: [], kindergarten: [], college: [], additional: [] });
  const byMunicipality = Array.from({ length: municipalityCount }, emptyTypes);
  const byType = emptyTypes();
  for (const organisation of all) {
    if (organisation.row.typeCode === 'authority') continue;
    const type = organisation.row.typeCode as EducationalType;
    // Repeating an organisation once per class makes a uniform pick favour the big ones.
    const copies = Math.max(1, Math.round(organisation.classes.length / 4));
    for (let copy = 0; copy < copies; copy += 1) {
      byMunicipality[organisation.municipality]![type].push(organisation);
      byType[type].push(organisation);
    }
  }
  return { all, authority, byMunicipality, byType };
}
