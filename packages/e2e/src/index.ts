export { launchChromium } from './browser';
export { signInAtEsia } from './esia-steps';
export { startSystemUnderTest, type SystemUnderTest } from './system-under-test';
