/** nginx with deploy/nginx.conf serving a built site on 127.0.0.1 only, for as long as `use` runs. */
import { spawn } from 'node:child_process';

export async function withNginx<T>(dist: string, port: number, use: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, ['scripts/serve-nginx.ts', '--dist', dist, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(`127.0.0.1:${port}`) && ready());
      server.on('exit', (code) => fail(new Error(`nginx stopped (exit ${code})`)));
    });
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    server.kill('SIGTERM');
  }
}
