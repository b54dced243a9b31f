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
export async function startSystemUnderTest(env: Record<string, string> = {}): Promise<SystemUnderTest> {
  const database = await seededTestDatabase();
  // Self-linking stays open unless a test closes it: the flows under test need it.
  const stack = await startStack({ database, serveSpas: true, env: { VHOD_SELF_LINK_CUTOFF: '2999-12-31', ...env } });
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
