import { seededTestDatabase } from '@vhod/db/testing';
import { startStack, type RunningStack } from '@vhod/dev-stack';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

export interface SystemUnderTest {
  stack: RunningStack;
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh seeded database (PGlite, or PostgreSQL when DATABASE_URL is set), the whole stack, and chromium. */
export async function startSystemUnderTest(): Promise<SystemUnderTest> {
  const database = await seededTestDatabase();
  const stack = await startStack({ database, serveSpas: true });
  const browser = await launchChromium();
  return {
    stack,
    browser,
    async close() {
      await browser.close();
      await stack.close();
      await database.close();
    },
  };
}
