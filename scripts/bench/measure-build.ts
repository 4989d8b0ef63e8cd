/** Runs one build step under /usr/bin/time and reads its wall time and peak memory. */
import { spawnSync } from 'node:child_process';

export interface StepCost {
  seconds: number;
  peakMB: number;
}

export function timedStep(cwd: string, command: string[], env: NodeJS.ProcessEnv = process.env): StepCost {
  const run = spawnSync('/usr/bin/time', ['-v', ...command], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
  const field = (name: string) => {
    const value = new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1];
    if (!value) throw new Error(`/usr/bin/time printed no "${name}"`);
    return value.trim();
  };
  // "Elapsed (wall clock) time (h:mm:ss or m:ss)": 1:02.34
  const seconds = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
  return { seconds, peakMB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024 };
}

/** One whole build, `npm run build`'s three steps, each timed on its own. */
export interface BuildCost {
  astro: StepCost;
  searchIndex: StepCost;
  compress: StepCost;
}

export function timedBuild(cwd: string, env: NodeJS.ProcessEnv): BuildCost {
  return {
    astro: timedStep(cwd, [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], env),
    searchIndex: timedStep(cwd, [process.execPath, 'scripts/index-search.ts'], env),
    compress: timedStep(cwd, [process.execPath, 'scripts/compress-dist.ts'], env),
  };
}
