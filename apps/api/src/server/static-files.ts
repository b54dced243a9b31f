import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves a built SPA: real files when they exist, index.html for client-side routes.
 * Vite fingerprints everything under assets/, so those may be cached forever.
 */
export async function serveSpa(res: ServerResponse, distDir: string, relativePath: string): Promise<void> {
  const requested = normalize(join(distDir, decodeURIComponent(relativePath)));
  const inside = requested === distDir || requested.startsWith(distDir.endsWith(sep) ? distDir : distDir + sep);
  let file = inside ? requested : join(distDir, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (extname(relativePath) && relativePath.includes('assets/')) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    file = join(distDir, 'index.html');
  }
  const isIndex = file.endsWith('index.html');
  res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', isIndex ? 'no-cache' : 'public, max-age=31536000, immutable');
  createReadStream(file)
    .on('error', () => {
      res.statusCode = 404;
      res.end('Not found');
    })
    .pipe(res);
}
