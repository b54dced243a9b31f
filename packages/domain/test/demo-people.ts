/**
 * The demo people of docs/demo-data.md (@vhod/demo-people) as this package's types: the ESIA
 * side (what the development ESIA returns) and the card side (what the seed writes).
 */
import { demoCards, demoCitizens, type DemoCard, type DemoCitizen, type DemoKid, type DemoPersonKey } from '@vhod/demo-people';
import type { EsiaChild, EsiaPerson } from '../src/esia-person';
import type { PersonCardKeys } from '../src/matching';

function esiaChild({ id, lastName, firstName, middleName, birthDate, gender, snils, birthCertificate }: DemoKid): EsiaChild {
  return {
    id,
    lastName,
    firstName,
    middleName,
    birthDate,
    gender,
    snils,
    birthCertificate: { series: birthCertificate.series, number: birthCertificate.number },
  };
}

function esiaPerson(citizen: DemoCitizen): EsiaPerson {
  const { passport, birthCertificate } = citizen;
  const document = passport ?? birthCertificate;
  return {
    subject: citizen.subject,
    lastName: citizen.lastName,
    firstName: citizen.firstName,
    middleName: citizen.middleName,
    birthDate: citizen.birthDate,
    gender: citizen.gender,
    snils: citizen.snils ?? null,
    documents:
      document === undefined ? [] : [{ type: passport ? 'RF_PASSPORT' : 'RF_BRTH_CERT', series: document.series, number: document.number }],
    email: citizen.email ?? null,
    mobile: citizen.phone ?? null,
    trusted: citizen.level === 'confirmed',
    children: citizen.kids.map(esiaChild),
  };
}

function citizenOf(person: DemoPersonKey): EsiaPerson {
  const citizen = demoCitizens.find((candidate) => candidate.person === person);
  if (citizen === undefined) throw new Error(`no demo citizen for ${person}`);
  return esiaPerson(citizen);
}

function kidOf(person: DemoPersonKey): EsiaChild {
  const kid = demoCitizens.flatMap((citizen) => citizen.kids).find((candidate) => candidate.person === person);
  if (kid === undefined) throw new Error(`no demo kid ${person}`);
  return esiaChild(kid);
}

function cardKeys({ lastName, firstName, middleName, birthDate, snils, document }: DemoCard): PersonCardKeys {
  return { lastName, firstName, middleName, birthDate, snils, document };
}

export const kids = {
  mikhail: kidOf('petrovMikhail'),
  sofia: kidOf('petrovaSofya'),
  ivan: kidOf('kuznetsovIvan'),
  alyonaK: kidOf('kuznetsovaAlyona'),
  darya: kidOf('smirnovaDarya'),
  vera: kidOf('nikolaevaVera'),
  artyom: kidOf('kimArtyom'),
  kseniya: kidOf('vasilievaKseniya'),
};

export const citizens = {
  petrova: citizenOf('petrova'),
  kuznetsova: citizenOf('kuznetsova'),
  smirnov: citizenOf('smirnov'),
  nikolaev: citizenOf('nikolaev'),
  fedorova: citizenOf('fedorova'),
  orlova: citizenOf('orlova'),
  solovyovaKim: citizenOf('solovyovaKim'),
  vasiliev: citizenOf('vasiliev'),
  petrovMikhail: citizenOf('petrovMikhail'),
};

/** Cards of adults (and of Михаил, who has his own ESIA account), keyed like `citizens`. */
export const cards = {
  petrova: cardKeys(demoCards.petrova),
  kuznetsova: cardKeys(demoCards.kuznetsova),
  smirnov: cardKeys(demoCards.smirnov),
  fedorova: cardKeys(demoCards.fedorova),
  orlova: cardKeys(demoCards.orlova),
  solovyovaKim: cardKeys(demoCards.solovyovaKim),
  vasiliev: cardKeys(demoCards.vasiliev),
  petrovMikhail: cardKeys(demoCards.petrovMikhail),
};

/** Students' and pupils' cards carry the birth certificate, except Михаил (passport, he is 14). */
export const childCards = {
  mikhail: cards.petrovMikhail,
  sofia: cardKeys(demoCards.petrovaSofya),
  ivan: cardKeys(demoCards.kuznetsovIvan),
  alyonaK: cardKeys(demoCards.kuznetsovaAlyona),
  darya: cardKeys(demoCards.smirnovaDarya),
  artyom: cardKeys(demoCards.kimArtyom),
  kseniya: cardKeys(demoCards.vasilievaKseniya),
};
