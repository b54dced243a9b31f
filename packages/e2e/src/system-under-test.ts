import { seededTestDatabase } from '@vhod/db/testing';
import { startStack, type RunningStack } from '@vhod/dev-stack';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

export interface SystemUnderTest {
  stack: RunningStack;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The stack's time in tests: starts on 2026-11-23 09:00 UTC and runs at real speed, so ages and
 * cutoffs see the same calendar day whenever the suite runs, while sessions, lists and timeouts
 * still see time pass.
 */
export function testStackNow(): () => Date {
  const start = Date.parse('2026-11-23T09:00:00Z');
  const startedAt = performance.now();
  return () => new Date(start + (performance.now() - startedAt));
}

/** A fresh seeded database (PGlite, or PostgreSQL when DATABASE_URL is set), the whole stack, and chromium. */
export async function startSystemUnderTest(env: Record<string, string> = {}): Promise<SystemUnderTest> {
  const database = await seededTestDatabase();
  // Self-linking stays open unless a test closes it: the flows under test need it.
  const stack = await startStack({
    database,
    serveSpas: true,
    now: testStackNow(),
    env: { VHOD_SELF_LINK_CUTOFF: '2999-12-31', ...env },
  });
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
