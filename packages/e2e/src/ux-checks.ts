import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. The engine is evaluated
 * through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<Record<string, unknown>> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((violation) => ({
      rule: String(violation.id),
      impact: String(violation.impact),
      help: String(violation.help),
      targets: (violation.nodes as Array<{ target: unknown[] }>).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** How far the page is wider than the window: 0 when nothing makes it scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Elements under `root` whose content does not fit their box (cut off by their overflow, or
 * spilling out of it): what a user would see as «i.vasiliev@example.» or «Кла».
 */
export async function clippedElements(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(`${selector} *`))) {
      if (['INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'svg'].includes(element.tagName) || element.closest('svg')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replaceAll(' ', '.')}` : ''}: «${element.textContent?.trim().slice(0, 40)}»`,
        );
      }
    }
    return found;
  }, root);
}

/** Where a screenshot goes when VHOD_SCREENSHOTS names a folder (for a person to look at); nothing otherwise. */
export async function screenshotFor(page: Page, name: string): Promise<void> {
  const folder = process.env.VHOD_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}
