import { demoPeople, type DemoPerson, type DemoPersonKey } from './people';

/**
 * The demo people's cards in the school system, as the school wrote them. A card repeats the
 * person record except where docs/demo-data.md makes it differ on purpose (a passport number
 * written without the split, ё written as е, a card without documents), so each path of the
 * matching rule has someone to show it. The database seed adds the accounts, classes and legacy
 * logins; the domain tests match ESIA accounts against these cards.
 */

export interface DemoCardDocument {
  type: 'RF_PASSPORT' | 'RF_BRTH_CERT';
  series: string | null;
  number: string;
}

export interface DemoCard {
  person: DemoPersonKey;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  gender: DemoPerson['gender'] | null;
  /** As written on the card; the database stores it normalised. */
  snils: string | null;
  document: DemoCardDocument | null;
  email: string | null;
  phone: string | null;
}

/** A student's card carries the birth certificate until a passport replaces it at 14. */
function documentOf({ passport, birthCertificate }: DemoPerson): DemoCardDocument | null {
  if (passport !== undefined) return { type: 'RF_PASSPORT', series: passport.series, number: passport.number };
  if (birthCertificate !== undefined) return { type: 'RF_BRTH_CERT', series: birthCertificate.series, number: birthCertificate.number };
  return null;
}

function card(key: DemoPersonKey, differences: Partial<Omit<DemoCard, 'person'>> = {}): DemoCard {
  const person: DemoPerson = demoPeople[key];
  return {
    person: key,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: person.birthDate,
    gender: person.gender,
    snils: person.snils ?? null,
    document: documentOf(person),
    email: person.email ?? null,
    phone: person.phone ?? null,
    ...differences,
  };
}

/** Николаев and his daughter Вера have no cards: the not-found path. */
export const demoCards = {
  petrova: card('petrova', { document: { type: 'RF_PASSPORT', series: null, number: '4510123456' } }),
  kuznetsova: card('kuznetsova'),
  smirnov: card('smirnov'),
  fedorova: card('fedorova'),
  orlova: card('orlova'),
  belova: card('belova'),
  zakharov: card('zakharov'),
  solovyovaKim: card('solovyovaKim', {
    lastName: 'Соловьева-Ким',
    firstName: 'Алена',
    document: { type: 'RF_PASSPORT', series: null, number: '4514 987 654' },
  }),
  // Neither SNILS nor passport on the card: not found automatically, linked with the legacy login.
  vasiliev: card('vasiliev', { snils: null, document: null }),
  petrovMikhail: card('petrovMikhail'),
  petrovaSofya: card('petrovaSofya'),
  kuznetsovIvan: card('kuznetsovIvan'),
  kuznetsovaAlyona: card('kuznetsovaAlyona'),
  smirnovaDarya: card('smirnovaDarya'),
  kimArtyom: card('kimArtyom'),
  vasilievaKseniya: card('vasilievaKseniya'),
} satisfies Partial<Record<DemoPersonKey, DemoCard>>;

export type DemoCardKey = keyof typeof demoCards;
