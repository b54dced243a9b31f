/** A V8 CPU profile as `--cpu-prof` and the inspector's Profiler.stop write it (the fields read here). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  /** Share of the sampled time that was not idle, 0..1. */
  share: number;
}

export interface ProfileBreakdown {
  /** Sampled time in which the process was not idle. */
  busyMs: number;
  /** By what the process was doing (see `categories`), largest first. */
  categories: ProfileShare[];
  /** Functions by their own (self) time, largest first. */
  functions: ProfileShare[];
}

/**
 * What a sample is spent on: the first of these that matches a frame, walking from the running
 * function out to its callers. So a drizzle call made by a resolver counts as the database client,
 * and the resolver's own work as the API's code.
 */
const categories: Array<[name: string, matches: (url: string, functionName: string) => boolean]> = [
  ['GOST (crypto-gost-js, @vhod/gost)', (url) => url.includes('crypto-gost-js') || url.includes('/packages/gost/')],
  ['working days (Intl)', (url) => url.includes('/packages/domain/src/working-days')],
  ['database client (drizzle, postgres.js, @vhod/db)', (url) => /\/(drizzle-orm|postgres)\/|\/packages\/db\/src\//.test(url)],
  ['GraphQL parse and validate', (url) => /\/graphql\/(language|validation)\/|@escape\.tech|graphql-armor/.test(url)],
  ['GraphQL execution (executor, Pothos)', (url) => /@graphql-tools\/executor|\/graphql\/execution\/|@pothos|graphql-jit/.test(url)],
  ['Yoga and HTTP (whatwg-node, node:http)', (url) => /graphql-yoga|@whatwg-node|@envelop|node:_http|node:net/.test(url)],
  ['the API’s own code', (url) => url.includes('/apps/api/src/')],
  ['other domain rules', (url) => url.includes('/packages/domain/src/')],
  ['zod', (url) => url.includes('/zod/')],
];

const special = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

export function summariseCpuProfile(profile: CpuProfile, topFunctions = 15): ProfileBreakdown {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const categoryOf = new Map<number, string>();
  const categorise = (id: number): string => {
    const known = categoryOf.get(id);
    if (known) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    let category: string;
    if (special.has(functionName)) category = functionName === '(garbage collector)' ? 'garbage collector' : functionName;
    else {
      const own = categories.find(([, matches]) => matches(url, functionName))?.[0];
      const up = parent.get(id);
      category = own ?? (up === undefined ? 'other (Node internals, libraries)' : categorise(up));
      if (category === '(root)') category = 'other (Node internals, libraries)';
    }
    categoryOf.set(id, category);
    return category;
  };

  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    busy += micros;
    const category = categorise(id);
    byCategory.set(category, (byCategory.get(category) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  const shares = (totals: Map<string, number>, limit: number) =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ name, share: busy > 0 ? micros / busy : 0 }));
  return { busyMs: busy / 1000, categories: shares(byCategory, categories.length + 4), functions: shares(byFunction, topFunctions) };
}

/** The part of a frame's URL worth reading: the package and its file, or the repository path. */
function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*?\/((apps|packages)\/)/, '$1');
}

export function formatBreakdown(breakdown: ProfileBreakdown): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  return (
    `${breakdown.busyMs.toFixed(0)} ms of CPU sampled: ${breakdown.categories.map((c) => `${c.name} ${percent(c.share)}`).join(', ')}. ` +
    `Top functions by own time: ${breakdown.functions.map((f) => `${f.name} ${percent(f.share)}`).join('; ')}.`
  );
}
