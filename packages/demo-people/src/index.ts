export { demoPeople } from './people';
export type { DemoBirthCertificate, DemoPassport, DemoPerson, DemoPersonKey, Gender } from './people';
export { demoCitizens } from './esia-accounts';
export type { AccountLevel, DemoAccountKind, DemoCitizen, DemoKid } from './esia-accounts';
export { demoCards } from './cards';
export type { DemoCard, DemoCardDocument, DemoCardKey } from './cards';
