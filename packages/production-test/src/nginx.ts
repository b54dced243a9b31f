import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repositoryRoot } from './repository';

export const nginxBinary = '/usr/sbin/nginx';
export const siteFile = join(repositoryRoot, 'docs/deploy/nginx-vhod.conf');

/** Replaces `pattern` in `text`, insisting that it is there: a site file that drifted from the test must fail loudly. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`docs/deploy/nginx-vhod.conf no longer has ${pattern}; update the production test's rendering`);
  return text.replace(pattern, replacement);
}

/**
 * docs/deploy/nginx-vhod.conf with the test's ports and folders: the API instance's port in the upstream, plain http on
 * `port` instead of TLS on 443 (the site still tells the API X-Forwarded-Proto: https), no port-80 redirect (it would
 * need root), logs in `dir`. Everything else (headers, timeouts, locations) is the file as an operator installs it.
 */
export function renderSite({ apiPort, port, dir }: { apiPort: number; port: number; dir: string }): string {
  let site = readFileSync(siteFile, 'utf8');
  site = replaceOnce(site, /server 127\.0\.0\.1:3000 /, `server 127.0.0.1:${apiPort} `);
  site = replaceOnce(site, /# --- http redirect ---[\s\S]*# --- end http redirect ---\n/, '');
  site = replaceOnce(site, /listen 443 ssl;\n\s*listen \[::\]:443 ssl;\n\s*http2 on;/, `listen 127.0.0.1:${port};`);
  site = replaceOnce(site, /\n\s*ssl_[^\n]*;(\n\s*ssl_[^\n]*;)*/, '');
  site = site.replaceAll('/var/log/nginx/', `${dir}/`);
  return site;
}

export interface RunningNginx {
  url: string;
  close(): Promise<void>;
}

/**
 * Debian's nginx, unprivileged, in the foreground, with everything it writes under `dir`: `servers` are extra server
 * blocks of the test's own (the TLS front of the development ESIA).
 */
export async function startNginx({
  dir,
  port,
  site,
  servers = '',
}: {
  dir: string;
  port: number;
  site: string;
  servers?: string;
}): Promise<RunningNginx> {
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`;
  const config = `daemon off;
pid ${join(dir, 'nginx.pid')};
error_log stderr;
worker_processes 1;
events { worker_connections 256; }
http {
    access_log off;
    ${temp('client_body')}
    ${temp('proxy')}
    ${temp('fastcgi')}
    ${temp('uwsgi')}
    ${temp('scgi')}
    ${site}
    ${servers}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  execFileSync(nginxBinary, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  const nginx: ChildProcess = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  await waitForPort(port, () => (nginx.exitCode !== null ? `nginx exited: ${errors}` : undefined));
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (nginx.exitCode !== null) return;
      const exited = once(nginx, 'exit');
      nginx.kill('SIGQUIT');
      await exited;
    },
  };
}

/** Resolves once something accepts connections on the port; fails when `failure()` names a reason or after 20 s. */
export async function waitForPort(port: number, failure: () => string | undefined, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(reason);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
