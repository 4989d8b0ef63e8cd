/**
 * Serves the built site through nginx with deploy/nginx.conf, as a school's or clinic's own
 * server would, on the loopback interface only: `node scripts/serve-nginx.ts [--dist dist]
 * [--port 8080]`. Runs in the foreground until stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '8080' } },
});
const dist = resolve(values.dist);
const port = Number(values.port);
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const required: [string, string][] = [
  [nginx, 'install it with `apt-get install nginx` or set NGINX_PATH'],
  [brotliModule, 'install it with `apt-get install libnginx-mod-http-brotli-static`'],
  [join(dist, 'index.html'), 'build the site first with `npm run build`'],
];
for (const [path, hint] of required) {
  if (!existsSync(path)) {
    console.error(`serve:nginx: ${path} is missing: ${hint}.`);
    process.exit(1);
  }
}

/** deploy/nginx.conf with its placeholders for the root and the listening address filled in. */
function siteConf(): string {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const ipv4 = `listen 127.0.0.1:${port};`;
  const listens = existsSync('/proc/net/if_inet6') ? [ipv4, `listen [::1]:${port};`] : [ipv4];
  const filled = conf
    .replace(/^(\s*)listen 80;$/m, (_, space: string) => listens.map((line) => space + line).join('\n'))
    .replace(/^(\s*)root \/var\/www\/jalan-pulih;$/m, (_, space: string) => `${space}root ${dist};`);
  if (!filled.includes(`root ${dist};`) || !filled.includes(ipv4)) {
    throw new Error('deploy/nginx.conf no longer has the `listen 80;` and `root /var/www/jalan-pulih;` lines');
  }
  return filled;
}

const runDir = mkdtempSync(join(tmpdir(), 'jalan-pulih-nginx-'));
for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(runDir, dir));
writeFileSync(join(runDir, 'site.conf'), siteConf());
writeFileSync(
  join(runDir, 'nginx.conf'),
  `load_module ${brotliModule};
daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${runDir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    sendfile on;
    client_body_temp_path ${runDir}/body;
    proxy_temp_path ${runDir}/proxy;
    fastcgi_temp_path ${runDir}/fastcgi;
    uwsgi_temp_path ${runDir}/uwsgi;
    scgi_temp_path ${runDir}/scgi;
    include ${runDir}/site.conf;
}
`,
);

const server = spawn(nginx, ['-p', runDir, '-c', join(runDir, 'nginx.conf')], { stdio: 'inherit' });
const stop = () => server.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

const url = `http://127.0.0.1:${port}/`;
for (let attempt = 0; attempt < 100; attempt += 1) {
  const ready = await fetch(url).then((response) => response.ok, () => false);
  if (ready) {
    console.log(`Serving ${dist} through nginx at ${url}`);
    break;
  }
  await new Promise((done) => setTimeout(done, 100));
}
