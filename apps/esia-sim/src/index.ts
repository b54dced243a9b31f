export { startEsiaSim } from './start-esia-sim';
export type { EsiaSimClient, EsiaSimOptions, RunningEsiaSim } from './start-esia-sim';
export {
  accountKindLabels,
  accountLevelLabels,
  demoCitizens,
  demoPassword,
  findCitizenBySubject,
  fullNameOf,
} from './citizens';
export type {
  AccountLevel,
  DemoAccountKind,
  DemoBirthCertificate,
  DemoCitizen,
  DemoKid,
  DemoPassport,
  Gender,
} from '@vhod/demo-people';
export { ageOn, isMinorOn, legalRepresentativesOf } from './minors';
export { esiaClaimsFor, esiaScopes, esiaScopeClaims, esiaScopeLabels } from './claims';
export type { EsiaBirthCertificateIdDoc, EsiaIdDoc, EsiaKid, EsiaPassportIdDoc, EsiaScope } from './claims';
export { consentDeniedDescription } from './interactions/consent';
export { parentalConsentRequiredDescription } from './parental-consent-rule';
export { EsiaSimRefusedError, productionRefusalMessage } from './refuse-production';
export { CookieJar } from './testing/cookie-jar';
export { driveSignIn } from './testing/drive-sign-in';
export type { DriveSignInOptions } from './testing/drive-sign-in';
export { driveParentalConsent } from './testing/drive-parental-consent';
