export { launchChromium } from './browser';
export { startDiarySignIn, signInAtVhodFor } from './diary-steps';
export { giveParentalConsentAtEsia, signInAtEsia, startFamilySignIn } from './esia-steps';
export { postGraphQLAs, signInOverHttp, type HttpSession } from './http-sign-in';
export { submitLegacyLogin } from './legacy-steps';
export { startSystemUnderTest, testStackNow, type SystemUnderTest } from './system-under-test';
export { useBrowserTests, type BrowserTestState } from './browser-tests';
export { clippedElements, horizontalOverflow, screenshotFor, seriousAxeViolations, type AxeFinding } from './ux-checks';
