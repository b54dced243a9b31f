import { formatSnils, type AccountRole } from '@vhod/domain';
import { withPersonKeys, type Gender, type NewAccount, type NewParentChildLink, type NewPerson } from '@vhod/db';
import { DocumentIssuer, SnilsIssuer, type CardDocument } from './identity-numbers';
import { legacyLogin, transliterate } from './legacy-logins';
import type { EducationalType, SeedClass, SeedOrganisation, SeedRegionOrganisations } from './organisations';
import { WeightedPicker, type Prng } from './prng';
import type { RegionSize } from './region-scale';
import { doubleSurname, pickFirstName, pickPatronymic, pickSurname, spelledByClerk, surnameFor, type FullName } from './russian-names';

export type PersonKind = 'student' | 'parent' | 'staff';

export interface SeedPerson {
  row: NewPerson & { id: string; birthDate: string; gender: Gender; createdAt: Date };
  kind: PersonKind;
  age: number;
  accounts: SeedAccount[];
  /** A parent's children in the system. */
  children: SeedPerson[];
}

export interface SeedAccount {
  row: NewAccount & { id: string; createdAt: Date };
  person: SeedPerson;
  organisation: SeedOrganisation;
}

export interface SeedPeople {
  persons: SeedPerson[];
  accounts: SeedAccount[];
  parentChildLinks: NewParentChildLink[];
}

const DAY = 86_400_000;
// Region code in passport series; ESIA and cards agree on it.
const REGION_CODE = '45';
const childCounts = new WeightedPicker([1, 2, 3], [0.5, 0.37, 0.13]);
const staffPositionsFilledByParents = 0.25;

interface StaffPosition {
  organisation: SeedOrganisation;
  role: AccountRole;
  schoolClass: SeedClass | null;
  fromParents: boolean;
}

/** Who works where: an administrator in every organisation, class teachers, subject teachers, clerks. */
function staffPositions(prng: Prng, organisations: SeedRegionOrganisations): StaffPosition[] {
  const positions: StaffPosition[] = [];
  const add = (organisation: SeedOrganisation, role: AccountRole, count: number, schoolClass: SeedClass | null = null) => {
    for (let i = 0; i < count; i += 1)
      positions.push({ organisation, role, schoolClass, fromParents: prng.chance(staffPositionsFilledByParents) });
  };
  for (const organisation of organisations.all) {
    const classes = organisation.classes;
    switch (organisation.row.typeCode) {
      case 'authority':
        add(organisation, 'regional-admin', 1);
        add(organisation, 'staff', 3);
        continue;
      case 'school':
        add(organisation, 'administrator', classes.length > 30 ? 2 : 1);
        add(organisation, 'responsible', 1);
        add(organisation, 'teacher', Math.round(classes.length * 0.4));
        add(organisation, 'staff', 2);
        break;
      case 'kindergarten':
        add(organisation, 'administrator', 1);
        add(organisation, 'responsible', prng.chance(0.7) ? 1 : 0);
        add(organisation, 'staff', 1);
        break;
      case 'college':
        add(organisation, 'administrator', 2);
        add(organisation, 'responsible', 1);
        add(organisation, 'teacher', 10);
        add(organisation, 'staff', 3);
        break;
      case 'additional':
        add(organisation, 'administrator', 1);
        add(organisation, 'responsible', prng.chance(0.5) ? 1 : 0);
        add(organisation, 'staff', 1);
        break;
    }
    // Class teachers, group educators, curators, club leaders: they see their own class's requests.
    for (const schoolClass of classes) add(organisation, 'teacher', 1, schoolClass);
  }
  return positions;
}

/**
 * Families (one to three children, one or two parents), students placed in kindergartens, schools
 * and colleges by age (some also in a club, some with a closed account at a former school), parents
 * with an account wherever a child studies, and staff. Exactly `size.persons` person cards.
 */
export function buildPeople(
  prng: Prng,
  size: RegionSize,
  organisations: SeedRegionOrganisations,
  anchor: Date,
  passwordHash: string,
): SeedPeople {
  const factory = new PeopleFactory(prng, anchor, passwordHash);
  const positions = staffPositions(prng, organisations);
  const staffPersons = positions.filter((position) => !position.fromParents).length;
  const familyBudget = size.persons - staffPersons;
  if (familyBudget < 3) throw new Error(`a region of ${size.persons} persons cannot hold ${staffPersons} staff`);

  const parents: SeedPerson[] = [];
  while (factory.persons.length < familyBudget) {
    const family = new FamilyBuilder(factory, organisations, prng.pick(organisations.byType.school).municipality);
    const remaining = familyBudget - factory.persons.length;
    if (remaining === 1) {
      family.adultStudent();
      continue;
    }
    const children = Math.min(childCounts.pick(prng), remaining - 1);
    const withFather = remaining - children >= 2 && prng.chance(0.75);
    parents.push(...family.build(children, withFather));
  }

  const parentsOfWorkingAge = parents.filter((parent) => parent.age >= 23 && parent.age <= 60);
  for (const position of positions) {
    const person = position.fromParents && parentsOfWorkingAge.length > 0 ? prng.pick(parentsOfWorkingAge) : factory.staffPerson();
    factory.account(person, position.organisation, position.role, position.schoolClass);
    // Some teachers also teach at a second school of the same municipality.
    if (position.role === 'teacher' && position.organisation.row.typeCode === 'school' && prng.chance(0.05)) {
      const second = prng.pick(organisations.byMunicipality[position.organisation.municipality]!.school);
      if (second !== position.organisation) factory.account(person, second, 'teacher', null);
    }
  }
  if (factory.persons.length !== size.persons) throw new Error(`generated ${factory.persons.length} persons instead of ${size.persons}`);

  return { persons: factory.persons, accounts: factory.accounts, parentChildLinks: factory.parentChildLinks };
}

class PeopleFactory {
  readonly persons: SeedPerson[] = [];
  readonly accounts: SeedAccount[] = [];
  readonly parentChildLinks: NewParentChildLink[] = [];
  private readonly snils = new SnilsIssuer();
  private readonly documents = new DocumentIssuer(REGION_CODE);
  /** Earlier persons by gender and generation, to copy a name and birth date from (namesakes). */
  private readonly namesakeSources = new Map<string, SeedPerson[]>();
  private loginSerial = 0;

  constructor(
    readonly prng: Prng,
    readonly anchor: Date,
    private readonly passwordHash: string,
  ) {}

  private nextLoginSerial(): number {
    this.loginSerial += 1;
    return this.loginSerial;
  }

  person(kind: PersonKind, gender: Gender, age: number, name: FullName): SeedPerson {
    const { prng } = this;
    const generation = `${gender}/${age < 18 ? 'child' : 'adult'}`;
    const sources = this.namesakeSources.get(generation) ?? [];
    this.namesakeSources.set(generation, sources);
    // Full namesakes born the same day: only the SNILS or the document tells them apart.
    const twin = sources.length > 0 && prng.chance(0.004) ? prng.pick(sources) : null;
    const birthDate = twin?.row.birthDate ?? isoDate(new Date(this.anchor.getTime() - Math.floor((age + prng.next()) * 365.25) * DAY));
    const written = twin
      ? { lastName: twin.row.lastName, firstName: twin.row.firstName, middleName: twin.row.middleName ?? null }
      : spelledByClerk(prng, name);
    const birthYear = Number(birthDate.slice(0, 4));

    let document: CardDocument | null = null;
    if (!prng.chance(0.08)) {
      const passportAge = age >= 45 ? 45 : age >= 20 ? 20 : 14;
      document = age >= 14 ? this.documents.passport(prng, birthYear + passportAge) : this.documents.birthCertificate(prng, birthYear);
    }
    // Written as on the SNILS card; `withPersonKeys` stores the 11 digits.
    const snils = prng.chance(age >= 18 ? 0.06 : 0.03) ? null : formatSnils(this.snils.issue());
    const adult = age >= 18;
    const createdAt = new Date(this.anchor.getTime() - prng.int(30, 1000) * DAY - prng.int(0, DAY - 1));
    const latinName = transliterate(written.lastName);
    const card = withPersonKeys({
      id: prng.uuid(),
      ...written,
      birthDate,
      gender,
      snils,
      documentType: document?.documentType ?? null,
      documentSeries: document?.documentSeries ?? null,
      documentNumber: document?.documentNumber ?? null,
      // Joined, not concatenated: see legacyLogin.
      email: (adult ? prng.chance(0.75) : age >= 14 && prng.chance(0.3))
        ? [latinName, '.', this.persons.length.toString(36), '@example.ru'].join('')
        : null,
      phone: (adult ? prng.chance(0.85) : age >= 14 && prng.chance(0.4))
        ? ['+79', String(prng.int(0, 999_999_999)).padStart(9, '0')].join('')
        : null,
      createdAt,
      updatedAt: prng.chance(0.2) ? new Date(createdAt.getTime() + prng.int(1, 300) * DAY) : createdAt,
    });
    const person: SeedPerson = { row: card, kind, age, accounts: [], children: [] };
    this.persons.push(person);
    sources.push(person);
    return person;
  }

  staffPerson(): SeedPerson {
    const gender: Gender = this.prng.chance(0.8) ? 'female' : 'male';
    const { firstName } = pickFirstName(this.prng, gender);
    const lastName = surnameFor(pickSurname(this.prng), gender);
    return this.person('staff', gender, this.prng.int(22, 65), { lastName, firstName, middleName: pickPatronymic(this.prng, gender) });
  }

  account(
    person: SeedPerson,
    organisation: SeedOrganisation,
    role: AccountRole,
    schoolClass: SeedClass | null,
    disabledAt: Date | null = null,
  ): SeedAccount {
    const { prng } = this;
    const createdAt = new Date(
      Math.max(person.row.createdAt.getTime(), (disabledAt?.getTime() ?? this.anchor.getTime()) - prng.int(30, 900) * DAY),
    );
    const login = prng.chance(0.85) ? legacyLogin(person.row, this.nextLoginSerial()) : null;
    const account: SeedAccount = {
      row: {
        id: prng.uuid(),
        personId: person.row.id,
        organisationId: organisation.row.id,
        role,
        classId: schoolClass?.row.id ?? null,
        legacyLogin: login,
        legacyPasswordHash: login ? this.passwordHash : null,
        lastSignedInAt: null,
        lastEsiaSignInAt: null,
        createdAt,
        disabledAt,
      },
      person,
      organisation,
    };
    person.accounts.push(account);
    this.accounts.push(account);
    return account;
  }

  link(parent: SeedPerson, child: SeedPerson) {
    parent.children.push(child);
    this.parentChildLinks.push({ parentPersonId: parent.row.id, childPersonId: child.row.id, createdAt: child.row.createdAt });
  }
}

class FamilyBuilder {
  private readonly prng: Prng;

  constructor(
    private readonly factory: PeopleFactory,
    private readonly organisations: SeedRegionOrganisations,
    private readonly municipality: number,
  ) {
    this.prng = factory.prng;
  }

  /** A grown-up college student whose parents are not in the system. */
  adultStudent(): SeedPerson {
    const gender: Gender = this.prng.chance(0.5) ? 'female' : 'male';
    const name = {
      lastName: surnameFor(pickSurname(this.prng), gender),
      firstName: pickFirstName(this.prng, gender).firstName,
      middleName: pickPatronymic(this.prng, gender),
    };
    const student = this.factory.person('student', gender, this.prng.int(18, 19), name);
    this.enrol(student);
    return student;
  }

  /** Creates the family's cards and accounts; returns the parents. */
  build(childCount: number, withFather: boolean): SeedPerson[] {
    const { prng, factory } = this;
    const ages = [prng.int(2, 19)];
    while (ages.length < childCount) ages.push(Math.max(2, ages[ages.length - 1]! - prng.int(1, 6)));
    const eldest = ages[0]!;
    const surname = pickSurname(prng);
    const parents: SeedPerson[] = [];

    let father: ReturnType<typeof pickFirstName> | null = null;
    if (withFather) {
      father = pickFirstName(prng, 'male');
      const age = Math.min(70, eldest + prng.int(22, 42));
      parents.push(
        factory.person('parent', 'male', age, { lastName: surname, firstName: father.firstName, middleName: pickPatronymic(prng, 'male') }),
      );
    }
    const motherStyle = prng.next();
    const familyName = surnameFor(surname, 'female');
    const motherSurname =
      motherStyle < 0.85 ? familyName : motherStyle < 0.89 ? doubleSurname(prng, familyName) : surnameFor(pickSurname(prng), 'female');
    const motherAge = Math.min(65, eldest + prng.int(19, 40));
    parents.push(
      factory.person('parent', 'female', motherAge, {
        lastName: motherSurname,
        firstName: pickFirstName(prng, 'female').firstName,
        middleName: pickPatronymic(prng, 'female'),
      }),
    );

    for (const age of ages) {
      const gender: Gender = prng.chance(0.51) ? 'male' : 'female';
      const patronymic = father ? father.patronymics![gender === 'male' ? 0 : 1] : pickPatronymic(prng, gender);
      const child = factory.person('student', gender, age, {
        lastName: surnameFor(surname, gender),
        firstName: pickFirstName(prng, gender).firstName,
        middleName: patronymic,
      });
      this.enrol(child);
      for (const parent of parents) factory.link(parent, child);
    }
    for (const parent of parents) this.parentAccounts(parent);
    return parents;
  }

  /** A student account where the child's age puts them; a club for some; a closed account at a former school for a few. */
  private enrol(child: SeedPerson) {
    const { prng, factory } = this;
    const age = child.age;
    const [type, band]: [EducationalType, number] =
      age <= 6
        ? ['kindergarten', age]
        : age <= 15 || (age <= 17 && prng.chance(0.7))
          ? ['school', Math.min(11, age - 6)]
          : ['college', Math.min(4, Math.max(1, age - 15))];
    const organisation = this.pickOrganisation(type, band);
    factory.account(child, organisation, 'student', prng.pick(organisation.classesByBand.get(band)!));

    if (age >= 6 && age <= 17 && prng.chance(0.15)) {
      const club = this.pickOrganisation('additional', 0);
      factory.account(child, club, 'student', prng.pick(club.classes));
    }
    if (age >= 8 && prng.chance(0.03)) {
      const former = this.pickOrganisation(type, band);
      if (former !== organisation)
        factory.account(child, former, 'student', null, new Date(factory.anchor.getTime() - prng.int(30, 700) * DAY));
    }
  }

  private pickOrganisation(type: EducationalType, band: number): SeedOrganisation {
    const local = this.organisations.byMunicipality[this.municipality]![type];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const pool = local.length > 0 && attempt < 4 ? local : this.organisations.byType[type];
      const organisation = this.prng.pick(pool);
      if (band === 0 || organisation.classesByBand.has(band)) return organisation;
    }
    const fallback = this.organisations.byType[type].find((organisation) => band === 0 || organisation.classesByBand.has(band));
    if (!fallback) throw new Error(`no ${type} organisation has band ${band}`);
    return fallback;
  }

  /** One parent account per organisation where a child has an account, closed when all of the children's are. */
  private parentAccounts(parent: SeedPerson) {
    const byOrganisation = new Map<SeedOrganisation, Array<Date | null>>();
    for (const child of parent.children) {
      for (const account of child.accounts) {
        byOrganisation.set(account.organisation, [...(byOrganisation.get(account.organisation) ?? []), account.row.disabledAt ?? null]);
      }
    }
    for (const [organisation, closures] of byOrganisation) {
      const disabledAt = closures.every((closure) => closure !== null) ? closures[0]! : null;
      this.factory.account(parent, organisation, 'parent', null, disabledAt);
    }
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
