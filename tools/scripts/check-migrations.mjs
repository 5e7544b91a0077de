#!/usr/bin/env node
// Migrations are frozen once committed: each carries its full SQL text (no imports from other
// migrations or from code that changes), and its sha256 is recorded in frozen.json.
//   node tools/scripts/check-migrations.mjs            CI: fail on an edited, unrecorded or importing migration
//   node tools/scripts/check-migrations.mjs --record   add new migrations to frozen.json (never rewrites one)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../../libs/api/db/src/lib/migrations/', import.meta.url).pathname;
const manifestPath = join(dir, 'frozen.json');
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const record = process.argv.includes('--record');
// Backfills of derived data computed in Node, not schema: the migration's DDL is frozen, the fill
// calls the code that keeps the data current at every import (pinyin of names: pinyin-pro).
const BACKFILL_IMPORTS = { '1797200000000-search-index.ts': ['../search/search-index'] };
const files = readdirSync(dir).filter((f) => /^\d{13}-.+\.ts$/.test(f) && !f.endsWith('.spec.ts'));
const problems = [];
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const sha = createHash('sha256').update(text).digest('hex');
  for (const m of text.matchAll(/from '([^']+)'/g)) {
    const own =
      m[1] === `./${f.replace(/\.ts$/, '')}.data` || m[1] === `./${f.replace(/(\.data)?\.ts$/, '')}.data`;
    const backfill = (BACKFILL_IMPORTS[f] ?? []).includes(m[1]);
    if (m[1] !== 'typeorm' && !own && !backfill)
      problems.push(`${f}: imports '${m[1]}' (a migration carries its full text; copy it in)`);
  }
  if (!(f in manifest)) {
    if (record) manifest[f] = sha;
    else problems.push(`${f}: not recorded (run: node tools/scripts/check-migrations.mjs --record)`);
  } else if (manifest[f] !== sha) {
    problems.push(`${f}: edited after it was committed (write a new migration instead)`);
  }
}
for (const f of Object.keys(manifest))
  if (!files.includes(f)) problems.push(`${f}: recorded but missing (migrations are never deleted)`);
if (record) {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(manifestPath, `${JSON.stringify(sorted, null, 2)}\n`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`migrations frozen: ${files.length} files match frozen.json`);
