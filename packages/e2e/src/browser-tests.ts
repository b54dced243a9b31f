import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startSystemUnderTest, type SystemUnderTest } from './system-under-test';

export interface BrowserTestState {
  sut: SystemUnderTest;
  context: BrowserContext;
  page: Page;
}

/**
 * One system per test file and a fresh browser context (no cookies, Russian locale) per test.
 * Call at the top of a test file; read the fields inside tests.
 */
export function useBrowserTests(env: Record<string, string> = {}): BrowserTestState {
  const state = {} as BrowserTestState;
  beforeAll(async () => {
    state.sut = await startSystemUnderTest(env);
  });
  afterAll(async () => {
    await state.sut?.close();
  });
  beforeEach(async () => {
    state.context = await state.sut.browser.newContext({ locale: 'ru-RU' });
    state.page = await state.context.newPage();
  });
  afterEach(async () => {
    await state.context?.close();
  });
  return state;
}
