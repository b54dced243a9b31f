import type { SignInRole } from '@vhod/domain';

/** A demo citizen of the development ESIA whose sign-in ends in one account (docs/demo-data.md). */
export interface BenchCitizen {
  subject: string;
  signInRole: SignInRole;
  app: 'family' | 'staff';
  /** A minor's first sign-in is refused until this parent consents in ESIA's cabinet. */
  consentingParent?: string;
}

/**
 * The citizens sign-ins are measured with. They are the only ESIA accounts the development
 * ESIA knows, and the demo seed holds their cards, so every sign-in finds its person. Left
 * out: 1000002 (two organisations: stops at «Выберите организацию»), 1000004 (no card),
 * 1000005 (unconfirmed account), 1000008 (needs the legacy login). Each measuring worker keeps
 * one citizen, so concurrent sign-ins never queue on the same account row (a region's
 * concurrent sign-ins are different people).
 */
export const benchCitizens: readonly BenchCitizen[] = [
  { subject: '1000001', signInRole: 'parent', app: 'family' },
  { subject: '1000007', signInRole: 'parent', app: 'family' },
  { subject: '1000009', signInRole: 'student', app: 'family', consentingParent: '1000001' },
  { subject: '2000001', signInRole: 'student', app: 'family', consentingParent: '1000001' },
  { subject: '1000003', signInRole: 'staff', app: 'staff' },
  { subject: '1000006', signInRole: 'staff', app: 'staff' },
  { subject: '1000010', signInRole: 'staff', app: 'staff' },
  { subject: '1000011', signInRole: 'staff', app: 'staff' },
];

/** Where the API sends a browser that is signed in: the app's start page (appPath in the API). */
export function signedInLanding(citizen: BenchCitizen): string {
  return citizen.app === 'staff' ? '/staff/' : '/';
}
