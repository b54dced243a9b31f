import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repositoryRoot } from './repository';
import type { TestCertificate } from './tls';

export const nginxBinary = '/usr/sbin/nginx';
export const siteFile = join(repositoryRoot, 'docs/deploy/nginx-vhod.conf');

/** Replaces `pattern` in `text`, insisting that it is there: a site file that drifted from the test must fail loudly. */
function replaceOnce(text: string, pattern: RegExp, replacement: string | ((substring: string, ...groups: string[]) => string)): string {
  if (!pattern.test(text)) throw new Error(`docs/deploy/nginx-vhod.conf no longer has ${pattern}; update the production test's rendering`);
  return text.replace(pattern, replacement as (substring: string, ...groups: string[]) => string);
}

/**
 * docs/deploy/nginx-vhod.conf with the test's ports and folders: one upstream line per API instance (as the install
 * steps tell an operator to add them), plain http on `port` instead of TLS on 443 (the site still tells the API
 * X-Forwarded-Proto: https), and with `tls` also TLS on its port with the test's certificate, the site's own TLS
 * settings (without HTTP/2, which Debian 12's nginx 1.22 turns on per listen line only); no port-80 redirect (it would
 * need root), logs in `dir`. Everything else (headers, timeouts, locations) is the file as an operator installs it.
 */
export function renderSite({
  apiPorts,
  port,
  dir,
  tls,
}: {
  apiPorts: readonly number[];
  port: number;
  dir: string;
  tls?: { port: number; certificate: TestCertificate };
}): string {
  let site = readFileSync(siteFile, 'utf8');
  site = replaceOnce(site, /^([ \t]*)server 127\.0\.0\.1:3000 ([^\n]*)$/m, (_line, indent: string, options: string) =>
    apiPorts.map((apiPort) => `${indent}server 127.0.0.1:${apiPort} ${options}`).join('\n'),
  );
  site = replaceOnce(site, /# --- http redirect ---[\s\S]*# --- end http redirect ---\n/, '');
  const listen = `listen 127.0.0.1:${port};${tls ? `\n    listen 127.0.0.1:${tls.port} ssl;` : ''}`;
  site = replaceOnce(site, /listen 443 ssl;\n\s*listen \[::\]:443 ssl;\n\s*http2 on;/, listen);
  if (tls) {
    site = replaceOnce(site, /ssl_certificate [^;]*;/, `ssl_certificate ${tls.certificate.certificate};`);
    site = replaceOnce(site, /ssl_certificate_key [^;]*;/, `ssl_certificate_key ${tls.certificate.key};`);
  } else {
    site = replaceOnce(site, /\n\s*ssl_[^\n]*;(\n\s*ssl_[^\n]*;)*/, '');
  }
  site = site.replaceAll('/var/log/nginx/', `${dir}/`);
  return site;
}

/** A server block of the test's own: TLS on `port` in front of a plain http server (the development ESIA). */
export function tlsProxyServer({ port, target, certificate }: { port: number; target: number; certificate: TestCertificate }): string {
  return `server {
        listen 127.0.0.1:${port} ssl;
        ssl_certificate ${certificate.certificate};
        ssl_certificate_key ${certificate.key};
        location / { proxy_pass http://127.0.0.1:${target}; proxy_set_header Host 127.0.0.1:${target}; }
      }`;
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
