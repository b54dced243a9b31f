export { launchChromium } from './browser';
export { giveParentalConsentAtEsia, signInAtEsia } from './esia-steps';
export { submitLegacyLogin } from './legacy-steps';
export { startSystemUnderTest, type SystemUnderTest } from './system-under-test';
