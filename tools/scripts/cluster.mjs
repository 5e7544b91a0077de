// `npm run start:cluster`: WORKERS API processes (default 2) on one port with Node's cluster
// module (the primary process hands connections to the workers). Every worker is a whole API
// (dist/apps/api/main.js); they share nothing but PostgreSQL: login throttle and sessions are
// tables, the inbox schedule runs once per tick (advisory lock), imports and rule runs serialise on
// advisory locks, migrations are applied by one worker while the others wait.
// Refuses the embedded default: PGlite lives inside one process.
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const main = join(root, 'dist/apps/api/main.js');

function fail(msg) {
  console.error(`start:cluster: ${msg}`);
  process.exit(1);
}

const raw = process.env.WORKERS ?? '2';
if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) fail(`WORKERS must be 1..64, got "${raw}"`);
const workers = Number(raw);
if (!process.env.DATABASE_URL)
  fail(
    'DATABASE_URL is not set. The embedded default (PGlite) runs inside one process and cannot be ' +
      'shared by several workers: set DATABASE_URL to a PostgreSQL server, or use `npm start` for one process.',
  );
if (!existsSync(main)) fail(`${main} not found: run \`npm run build\` first`);

cluster.setupPrimary({ exec: main });
let stopping = false;
const restarts = [];

function fork() {
  const w = cluster.fork();
  w.on('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && now - restarts[0] > 60_000) restarts.shift();
    // A worker that cannot start (bad config, database down) would loop: give up after 5 a minute.
    if (restarts.length > 5) {
      console.error('start:cluster: workers keep exiting (5 in a minute); stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
      process.exitCode = 1;
      return;
    }
    console.error(`start:cluster: worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
}

console.error(`start:cluster: ${workers} workers of ${main} on port ${process.env.PORT ?? 3000}`);
for (let i = 0; i < workers; i++) fork();

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.once(sig, () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
  });
}
