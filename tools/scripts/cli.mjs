#!/usr/bin/env node
// `npm run cli -- …`: runs the built CLI, building it first only when a source is newer than the
// build (a freshness check of dist/ against the sources, instead of asking Nx every call).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const built = join(root, 'dist/apps/api/cli.js');
const SOURCES = ['apps/api/src', 'libs/api', 'libs/shared', 'tools/demo/src'];
const FILES = [
  'package-lock.json',
  'tsconfig.base.json',
  'apps/api/webpack.config.js',
  'apps/api/tsconfig.app.json',
];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const sources = SOURCES.map((d) => join(root, d)).filter(existsSync);
  const files = FILES.map((f) => join(root, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs)) <= builtAt;
}

if (!isFresh()) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    process.stderr.write('error: the CLI did not build (npx nx run api:build shows why)\n');
    process.exit(build.status ?? 1);
  }
}
const run = spawnSync(process.execPath, [built, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
