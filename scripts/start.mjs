#!/usr/bin/env node
// `npm start`: open the desktop app when the Electron binary is installed; otherwise build the
// web version and serve it on 127.0.0.1 so the app can be used in a browser.
//
// The Electron binary is missing when dependencies were installed with `--ignore-scripts`
// (as CI does): the `electron` package then has no path.txt and requiring it throws.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveWebPreferring } from './serve-web.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));

/** The Electron executable's path, or null when the binary is not installed. */
export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The JavaScript entry of a package's command (run with this Node, on every platform). */
function packageBin(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${packageName} has no "${command}" command`);
  return join(dirname(manifestPath), bin);
}

/** Runs a command in the project folder with inherited output; resolves with its exit code. */
function run(command, args, { forwardSignals = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    if (forwardSignals) {
      process.on('SIGINT', forward);
      process.on('SIGTERM', forward);
    }
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

function npm(args) {
  // Under `npm start`, npm tells us where it lives; otherwise use the one on PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args]);
  return process.platform === 'win32'
    ? run(process.env.ComSpec ?? 'cmd.exe', ['/d', '/s', '/c', 'npm', ...args])
    : run('npm', args);
}

async function startDesktop(electronPath) {
  const electronVite = packageBin('electron-vite', 'electron-vite');
  const built = await run(process.execPath, [electronVite, 'build']);
  if (built !== 0) return built;
  // What `electron-vite preview --skipBuild` does: Electron on the project (package.json "main").
  return run(electronPath, [projectRoot, ...process.argv.slice(2)], { forwardSignals: true });
}

async function startWeb() {
  console.log(
    'The Electron binary is not installed (dependencies were installed with --ignore-scripts), so CareBinder is served in the browser instead.',
  );
  const built = await npm(['run', 'build:web']);
  if (built !== 0) return built;
  const preferred = process.env.PORT ? Number(process.env.PORT) : 5180;
  const server = await serveWebPreferring({ root: join(projectRoot, 'out', 'web'), port: preferred });
  console.log(`CareBinder is running at ${server.url}  (open it in your browser; Ctrl+C to stop)`);
  await new Promise((resolvePromise) => {
    const stop = () => void server.close().then(resolvePromise);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function main() {
  const electronPath = electronBinary();
  const code = electronPath !== null ? await startDesktop(electronPath) : await startWeb();
  process.exit(code);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
