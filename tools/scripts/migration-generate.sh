#!/usr/bin/env bash
# `npm run migration:generate -- Name`: migrates a throwaway database on the test server, asks
# TypeORM for the difference between the entities and the migrations, and writes it as a new
# migration (then review it, add it to libs/api/db/src/lib/migrations/index.ts and record it:
# node tools/scripts/check-migrations.mjs --record).
set -eu
cd "$(dirname "$0")/../.."
name=${1:?usage: npm run migration:generate -- MigrationName}
admin=${TEST_PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db="bs_gen_$$"
psql "$admin" -qc "CREATE DATABASE $db"
trap 'psql "$admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
export DATABASE_URL="${admin%/*}/$db" TS_NODE_PROJECT=libs/api/db/tsconfig.lib.json TS_NODE_TRANSPILE_ONLY=true
npx typeorm-ts-node-commonjs migration:run -d libs/api/db/src/data-source.cli.ts >/dev/null
npx typeorm-ts-node-commonjs migration:generate -p -d libs/api/db/src/data-source.cli.ts "libs/api/db/src/lib/migrations/$name"
