// `pnpm build` for the API: bundles src/main.ts with the workspace packages it imports (they export TypeScript
// source) into dist/main.js, so production runs plain node without tsx. Packages from node_modules stay outside the
// bundle, imported at run time from where pnpm installed them.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(apiDir, 'dist');

/** Imports of workspace packages (@vhod/*) are bundled; every other package stays an import of its installed file. */
const installedPackagesStayOutside = {
  name: 'installed-packages-stay-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('@vhod/')) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
      // A workspace package's dependencies are not reachable by name from apps/api (pnpm keeps each package's own),
      // so the bundle imports the very file esbuild found, by its path relative to dist/.
      const fromDist = relative(outdir, resolved.path);
      return { path: fromDist.startsWith('.') ? fromDist : `./${fromDist}`, external: true };
    });
  },
};

/** `import.meta.url` in a bundled source file still means that file (migrations, fixtures are found beside it). */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const fromDist = relative(outdir, args.path);
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`),
        loader: 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

const result = await build({
  entryPoints: [resolve(apiDir, 'src/main.ts')],
  outfile: resolve(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [installedPackagesStayOutside, keepImportMetaUrl],
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`apps/api: dist/main.js from ${inputs} source files (${pathToFileURL(resolve(outdir, 'main.js')).pathname})`);
