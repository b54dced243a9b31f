import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repositoryRoot } from '../paths';
import type { BenchMetric, Scenario } from '../scenario';

interface SpaApp {
  name: 'family' | 'staff';
  packageName: string;
  /** Initial JS budget in KB (gzip); only the family portal has one. */
  jsBudgetKb: number | null;
}

const apps: SpaApp[] = [
  { name: 'family', packageName: '@vhod/family', jsBudgetKb: 120 },
  { name: 'staff', packageName: '@vhod/staff', jsBudgetKb: null },
];

interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface InitialLoad {
  js: Asset[];
  css: Asset[];
  /** Chunks loaded later (dynamic imports): not part of the first page. */
  lazyJs: Asset[];
}

const kb = (bytes: number) => bytes / 1024;
const total = (assets: readonly Asset[], key: 'bytes' | 'gzipBytes') => assets.reduce((sum, asset) => sum + asset[key], 0);

function assetOf(distDir: string, file: string): Asset {
  const content = readFileSync(join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** The dist-relative file behind a URL path, whatever the app's base (`/`, `/staff/`). */
function distFileOf(distDir: string, urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  for (let start = 0; start < segments.length; start += 1) {
    const file = segments.slice(start).join('/');
    if (existsSync(join(distDir, file))) return file;
  }
  throw new Error(`${urlPath} is not in ${distDir}`);
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w-]+)(?:\s*=\s*"([^"]*)")?/g)) attributes[name!.toLowerCase()] = value ?? '';
  return attributes;
}

// Static imports and re-exports of relative chunks; `import("…")` (lazy) has a parenthesis and does not match.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * What the browser fetches before the app can run: index.html's module script, its modulepreload
 * links and stylesheets, plus every chunk the entry imports statically (in case a preload link is
 * missing). Dynamically imported chunks are reported apart.
 */
function initialLoad(distDir: string): InitialLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag, element] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag.slice(element!.length + 1, -1));
    if (element!.toLowerCase() === 'script' && attributes.src) scripts.push(new URL(attributes.src, 'http://app/').pathname);
    if (attributes.rel === 'modulepreload' && attributes.href) scripts.push(new URL(attributes.href, 'http://app/').pathname);
    if (attributes.rel === 'stylesheet' && attributes.href) styles.push(new URL(attributes.href, 'http://app/').pathname);
  }

  const initial = new Set<string>();
  const pending = [...scripts];
  while (pending.length > 0) {
    const urlPath = pending.pop()!;
    const file = distFileOf(distDir, urlPath);
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const [, specifier] of code.matchAll(staticImport)) pending.push(new URL(specifier!, `http://app${urlPath}`).pathname);
  }

  const allJs = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  return {
    js: [...initial].map((file) => assetOf(distDir, file)),
    css: [...new Set(styles.map((urlPath) => distFileOf(distDir, urlPath)))].map((file) => assetOf(distDir, file)),
    lazyJs: allJs.filter((file) => !initial.has(file)).map((file) => assetOf(distDir, file)),
  };
}

/** Builds the app when its dist is missing (a fresh checkout); turbo's test task builds it first anyway. */
function ensureBuilt(app: SpaApp): string | null {
  const distDir = join(repositoryRoot, 'apps', app.name, 'dist');
  if (existsSync(join(distDir, 'index.html'))) return null;
  // NODE_ENV as a deployment builds: under vitest it is "test", and React's development build would be measured.
  const build = spawnSync('npx', ['-y', 'pnpm@12.21.0', '--filter', app.packageName, 'build'], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`building ${app.packageName} failed (exit ${build.status})`);
  return `Built ${app.packageName}: apps/${app.name}/dist was missing.`;
}

/**
 * How much the first page of each SPA weighs over the wire (gzip, as the API serves it
 * compressed): initial JS and CSS of the production build. The family portal's JS has a budget.
 */
export const frontendWeightScenario: Scenario = async () => {
  const metrics: BenchMetric[] = [];
  const notes: string[] = [];
  for (const app of apps) {
    const built = ensureBuilt(app);
    if (built) notes.push(built);
    const load = initialLoad(join(repositoryRoot, 'apps', app.name, 'dist'));
    const jsKb = kb(total(load.js, 'gzipBytes'));
    metrics.push(
      app.jsBudgetKb === null
        ? { label: `${app.name} initial JS (gzip)`, value: jsKb, unit: 'KB' }
        : {
            label: `${app.name} initial JS (gzip)`,
            value: jsKb,
            unit: 'KB',
            baseline: { label: `${app.jsBudgetKb} KB budget`, value: app.jsBudgetKb },
            ratio: jsKb / app.jsBudgetKb,
            target: `< ${app.jsBudgetKb} KB`,
            met: jsKb < app.jsBudgetKb,
          },
      { label: `${app.name} initial CSS (gzip)`, value: kb(total(load.css, 'gzipBytes')), unit: 'KB' },
    );
    const describe = (assets: readonly Asset[]) =>
      assets.map((asset) => `${asset.file} ${kb(asset.bytes).toFixed(1)} KB → ${kb(asset.gzipBytes).toFixed(1)} KB gzip`).join('; ');
    notes.push(
      `${app.name}: initial JS ${describe(load.js)}. CSS ${describe(load.css)}. ` +
        `Lazy chunks (not counted): ${load.lazyJs.length}, ${kb(total(load.lazyJs, 'gzipBytes')).toFixed(1)} KB gzip.`,
    );
  }
  return { scenario: 'frontend weight', metrics, notes };
};
