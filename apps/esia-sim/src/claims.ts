import type { AccountClaims } from 'oidc-provider';
import type { DemoCitizen, DemoKid } from '@vhod/demo-people';

/** The scopes the sim supports, named as ESIA names them. */
export const esiaScopes = [
  'openid',
  'fullname',
  'birthdate',
  'gender',
  'snils',
  'id_doc',
  'email',
  'mobile',
  'kid_fullname',
  'kid_birthdate',
  'kid_gender',
  'kid_snils',
  'kid_birth_cert_doc',
] as const;

export type EsiaScope = (typeof esiaScopes)[number];

export const kidScopes = [
  'kid_fullname',
  'kid_birthdate',
  'kid_gender',
  'kid_snils',
  'kid_birth_cert_doc',
] as const satisfies ReadonlyArray<EsiaScope>;

/**
 * Scope → claims, in oidc-provider's `claims` configuration shape. Every kid_* scope
 * releases the one `kids` claim; which fields each child carries depends on the kid_*
 * scopes actually granted (see esiaClaimsFor).
 */
export const esiaScopeClaims: Readonly<Record<EsiaScope, readonly string[]>> = {
  // ESIA always tells whether the account is confirmed, so it comes with openid.
  openid: ['sub', 'trusted', 'account_level'],
  fullname: ['family_name', 'given_name', 'middle_name'],
  birthdate: ['birthdate'],
  gender: ['gender'],
  snils: ['snils'],
  id_doc: ['id_doc'],
  email: ['email'],
  mobile: ['phone_number'],
  kid_fullname: ['kids'],
  kid_birthdate: ['kids'],
  kid_gender: ['kids'],
  kid_snils: ['kids'],
  kid_birth_cert_doc: ['kids'],
};

/** How the consent page names each scope, in ESIA's words. */
export const esiaScopeLabels: Readonly<Record<EsiaScope, string>> = {
  openid: 'Идентификатор и уровень учётной записи',
  fullname: 'ФИО',
  birthdate: 'Дата рождения',
  gender: 'Пол',
  snils: 'СНИЛС',
  id_doc: 'Документ, удостоверяющий личность',
  email: 'Адрес электронной почты',
  mobile: 'Номер мобильного телефона',
  kid_fullname: 'ФИО',
  kid_birthdate: 'Дата рождения',
  kid_gender: 'Пол',
  kid_snils: 'СНИЛС',
  kid_birth_cert_doc: 'Свидетельство о рождении',
};

export function isEsiaScope(scope: string): scope is EsiaScope {
  return (esiaScopes as ReadonlyArray<string>).includes(scope);
}

export function parseScopes(scope: string | undefined): Set<string> {
  return new Set((scope ?? '').split(' ').filter(Boolean));
}

export interface EsiaPassportIdDoc {
  type: 'RF_PASSPORT';
  series: string;
  number: string;
  issue_date: string;
  issued_by: string;
}

/** A child's account has no passport: ESIA gives its birth certificate as the identity document. */
export interface EsiaBirthCertificateIdDoc {
  type: 'RF_BRTH_CERT';
  series: string;
  number: string;
}

export type EsiaIdDoc = EsiaPassportIdDoc | EsiaBirthCertificateIdDoc;

export interface EsiaKid {
  id: string;
  family_name?: string;
  given_name?: string;
  middle_name?: string;
  birthdate?: string;
  gender?: 'male' | 'female';
  snils?: string;
  birth_cert?: { series: string; number: string };
}

/**
 * All claims the granted scopes allow for this citizen. oidc-provider filters the result
 * again by the scope → claims mapping, so this only has to leave out what the account
 * lacks (a simplified account has no SNILS or passport) and shape the children.
 */
export function esiaClaimsFor(citizen: DemoCitizen, granted: ReadonlySet<string>): AccountClaims {
  const claims: AccountClaims = { sub: citizen.subject };
  if (granted.has('openid')) {
    claims.trusted = citizen.level === 'confirmed';
    claims.account_level = citizen.level;
  }
  if (granted.has('fullname')) {
    claims.family_name = citizen.lastName;
    claims.given_name = citizen.firstName;
    claims.middle_name = citizen.middleName;
  }
  if (granted.has('birthdate')) {
    claims.birthdate = citizen.birthDate;
  }
  if (granted.has('gender')) {
    claims.gender = citizen.gender;
  }
  if (granted.has('snils') && citizen.level !== 'simplified' && citizen.snils !== undefined) {
    claims.snils = citizen.snils;
  }
  if (granted.has('id_doc') && citizen.level !== 'simplified') {
    const idDoc = idDocOf(citizen);
    if (idDoc !== undefined) {
      claims.id_doc = idDoc;
    }
  }
  if (granted.has('email') && citizen.email !== undefined) {
    claims.email = citizen.email;
  }
  if (granted.has('mobile') && citizen.phone !== undefined) {
    claims.phone_number = citizen.phone;
  }
  if (kidScopes.some((scope) => granted.has(scope))) {
    claims.kids = citizen.kids.map((kid) => esiaKid(kid, granted));
  }
  return claims;
}

function idDocOf(citizen: DemoCitizen): EsiaIdDoc | undefined {
  if (citizen.passport !== undefined) {
    return {
      type: 'RF_PASSPORT',
      series: citizen.passport.series,
      number: citizen.passport.number,
      issue_date: citizen.passport.issueDate,
      issued_by: citizen.passport.issuedBy,
    };
  }
  if (citizen.birthCertificate !== undefined) {
    return { type: 'RF_BRTH_CERT', series: citizen.birthCertificate.series, number: citizen.birthCertificate.number };
  }
  return undefined;
}

function esiaKid(kid: DemoKid, granted: ReadonlySet<string>): EsiaKid {
  const out: EsiaKid = { id: kid.id };
  if (granted.has('kid_fullname')) {
    out.family_name = kid.lastName;
    out.given_name = kid.firstName;
    out.middle_name = kid.middleName;
  }
  if (granted.has('kid_birthdate')) {
    out.birthdate = kid.birthDate;
  }
  if (granted.has('kid_gender')) {
    out.gender = kid.gender;
  }
  if (granted.has('kid_snils')) {
    out.snils = kid.snils;
  }
  if (granted.has('kid_birth_cert_doc')) {
    out.birth_cert = { series: kid.birthCertificate.series, number: kid.birthCertificate.number };
  }
  return out;
}
