export { startEsiaSim } from './start-esia-sim';
export type { EsiaSimClient, EsiaSimOptions, RunningEsiaSim } from './start-esia-sim';
export {
  accountLevelLabels,
  demoCitizens,
  demoPassword,
  findCitizenBySubject,
  fullNameOf,
} from './citizens';
export type { AccountLevel, DemoBirthCertificate, DemoCitizen, DemoKid, DemoPassport, Gender } from './citizens';
export { esiaClaimsFor, esiaScopes, esiaScopeClaims, esiaScopeLabels } from './claims';
export type { EsiaIdDoc, EsiaKid, EsiaScope } from './claims';
export { consentDeniedDescription } from './interactions/consent';
export { EsiaSimRefusedError, productionRefusalMessage } from './refuse-production';
export { driveSignIn } from './testing/drive-sign-in';
export type { DriveSignInOptions } from './testing/drive-sign-in';
