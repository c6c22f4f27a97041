import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a benchmark's child script (a file in bench/) into `folder` as plain JavaScript, as the
 * app ships its code: run through the TypeScript loader, its compiler thread would weigh on the
 * figures (some 70 MB of peak memory, for one). Answers the bundle's path.
 */
export async function bundleChild(fileName: string, folder: string): Promise<string> {
  const outfile = join(folder, fileName.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [join(import.meta.dirname, fileName)], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return outfile;
}

/** Runs a bundled child in a fresh process with `--child` and its arguments; answers the JSON its last line prints. */
export function runChild<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, [script, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
