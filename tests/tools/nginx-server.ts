/**
 * Serves dist/ with nginx on a loopback port, configured with deploy/nginx/site.conf exactly as a
 * production server would include it. Used by the Playwright "nginx" project and `npm run bench`.
 * Installs nginx and its brotli_static module from Debian's packages when missing (needs root, as CI).
 *
 *   node tests/tools/nginx-server.ts 4398
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
// Debian puts nginx in /usr/sbin, which is not on every user's PATH.
const nginxBin = () => (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

function hasNginx(): boolean {
  try {
    execFileSync(nginxBin(), ['-v'], { stdio: 'ignore' });
    return existsSync(brotliModule);
  } catch {
    return false;
  }
}

export function ensureNginx(): void {
  if (hasNginx()) return;
  if (process.getuid?.() !== 0) {
    throw new Error('nginx with the brotli_static module is needed: apt-get install nginx-light libnginx-mod-http-brotli-static');
  }
  process.stderr.write('Installing nginx from Debian packages\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light', 'libnginx-mod-http-brotli-static'], { stdio: 'inherit', env });
}

/** Writes the configuration into .cache/nginx/ and returns the prefix folder. */
export function writeNginxConfig(port: number): string {
  const prefix = `${root}.cache/nginx-${port}/`;
  for (const dir of ['', 'tmp']) mkdirSync(`${prefix}${dir}`, { recursive: true });
  const site = readFileSync(`${root}deploy/nginx/site.conf`, 'utf8').replaceAll(
    '/etc/nginx/safer-homes/security-headers.conf',
    `${root}deploy/nginx/security-headers.conf`,
  );
  writeFileSync(`${prefix}site.conf`, site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}tmp/${t};`);
  writeFileSync(
    `${prefix}nginx.conf`,
    [
      `load_module ${brotliModule};`,
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}nginx.pid;`,
      `error_log ${prefix}error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      ...temp,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root}dist;`,
      `    include ${prefix}site.conf;`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return prefix;
}

/** Starts nginx in the foreground; resolves once it answers. */
export async function startNginx(port: number): Promise<ChildProcess> {
  ensureNginx();
  const prefix = writeNginxConfig(port);
  const child = spawn(nginxBin(), ['-p', prefix, '-c', `${prefix}nginx.conf`], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/en/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`nginx did not answer on 127.0.0.1:${port}; see ${prefix}error.log`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4398);
  const child = await startNginx(port);
  process.stdout.write(`nginx serving dist/ on http://127.0.0.1:${port}/\n`);
  const stop = () => {
    child.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
