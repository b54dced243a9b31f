import { createHash } from 'node:crypto';
import type { DemoCitizen, DemoKid } from '@vhod/demo-people';

/**
 * A demo citizen in the formats of ESIA's REST API (/rs/prns): dates dd.MM.yyyy, gender M/F,
 * mobile +7(900)0000001, documents and contacts as collections of elements. Each resource
 * says which scope it needs; a field the account lacks is left out, as ESIA leaves it out.
 */

export type Json = Record<string, unknown>;

/** A collection's elements with their ids (items are also served one by one at `<collection>/<id>`). */
export type Elements = ReadonlyArray<Json & { id: string | number }>;

/** `undefined` when the token's scopes do not cover the resource (403). */
export type Resource<T> = T | undefined;

/** YYYY-MM-DD → dd.MM.yyyy */
export function esiaDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

const genderOf = (gender: DemoCitizen['gender']): 'M' | 'F' => (gender === 'male' ? 'M' : 'F');

/** +79000000001 → +7(900)0000001 */
function esiaMobile(phone: string): string {
  return `${phone.slice(0, 2)}(${phone.slice(2, 5)})${phone.slice(5)}`;
}

/** ESIA versions each resource with an opaque eTag; a hash of the content serves. */
export function withETag<T extends Json>(resource: T): T & { eTag: string } {
  return { ...resource, eTag: createHash('sha1').update(JSON.stringify(resource)).digest('hex').toUpperCase() };
}

/** A simplified account holds no SNILS or documents, whatever the person has. */
const hasVerifiedIdentity = (citizen: DemoCitizen): boolean => citizen.level !== 'simplified';

export function personResource(citizen: DemoCitizen, scopes: ReadonlySet<string>): Resource<Json> {
  if (!scopes.has('fullname')) return undefined;
  return withETag({
    firstName: citizen.firstName,
    lastName: citizen.lastName,
    middleName: citizen.middleName,
    ...(scopes.has('birthdate') ? { birthDate: esiaDate(citizen.birthDate) } : {}),
    ...(scopes.has('gender') ? { gender: genderOf(citizen.gender) } : {}),
    ...(scopes.has('snils') && hasVerifiedIdentity(citizen) && citizen.snils !== undefined ? { snils: citizen.snils } : {}),
    trusted: citizen.level === 'confirmed',
  });
}

/** The identity document: the passport, or a child account's birth certificate. Ids are the sim's own. */
export function documentsResource(citizen: DemoCitizen, scopes: ReadonlySet<string>): Resource<Elements> {
  if (!scopes.has('id_doc')) return undefined;
  if (!hasVerifiedIdentity(citizen)) return [];
  const { passport, birthCertificate } = citizen;
  if (passport !== undefined) {
    return [
      withETag({
        id: Number(`${citizen.subject}01`),
        type: 'RF_PASSPORT',
        vrfStu: 'VERIFIED',
        series: passport.series,
        number: passport.number,
        issueDate: esiaDate(passport.issueDate),
        issuedBy: passport.issuedBy,
      }),
    ];
  }
  return birthCertificate === undefined ? [] : [birthCertificateElement(citizen.subject, birthCertificate)];
}

function birthCertificateElement(ownerId: string, certificate: NonNullable<DemoCitizen['birthCertificate']>) {
  return withETag({
    id: Number(`${ownerId}02`),
    type: 'RF_BRTH_CERT',
    vrfStu: 'VERIFIED',
    series: certificate.series,
    number: certificate.number,
    issueDate: esiaDate(certificate.issueDate),
  });
}

/** E-mail (EML) and mobile (MBT), each only with its own scope; the resource needs one of them. */
export function contactsResource(citizen: DemoCitizen, scopes: ReadonlySet<string>): Resource<Elements> {
  if (!scopes.has('email') && !scopes.has('mobile')) return undefined;
  const elements: Array<Json & { id: number }> = [];
  if (scopes.has('email') && citizen.email !== undefined) {
    elements.push(withETag({ id: Number(`${citizen.subject}11`), type: 'EML', vrfStu: 'VERIFIED', value: citizen.email }));
  }
  if (scopes.has('mobile') && citizen.phone !== undefined) {
    elements.push(withETag({ id: Number(`${citizen.subject}12`), type: 'MBT', vrfStu: 'VERIFIED', value: esiaMobile(citizen.phone) }));
  }
  return elements;
}

export function kidsResource(citizen: DemoCitizen, scopes: ReadonlySet<string>): Resource<Elements> {
  if (!scopes.has('kid_fullname')) return undefined;
  return citizen.kids.map((kid) =>
    withETag({
      id: kid.id,
      firstName: kid.firstName,
      lastName: kid.lastName,
      middleName: kid.middleName,
      ...(scopes.has('kid_birthdate') ? { birthDate: esiaDate(kid.birthDate) } : {}),
      ...(scopes.has('kid_gender') ? { gender: genderOf(kid.gender) } : {}),
      ...(scopes.has('kid_snils') ? { snils: kid.snils } : {}),
    }),
  );
}

export function kidDocumentsResource(kid: DemoKid, scopes: ReadonlySet<string>): Resource<Elements> {
  if (!scopes.has('kid_birth_cert_doc')) return undefined;
  return [birthCertificateElement(kid.id, kid.birthCertificate)];
}
