#!/usr/bin/env bash
# Fails when the entities and the migrations disagree: migrate a fresh database, then ask TypeORM
# whether it would generate a migration (--check exits 1 if so).
set -eu
cd "$(dirname "$0")/../.."
url=${1:?database url}
export DATABASE_URL="$url" TS_NODE_PROJECT=libs/api/db/tsconfig.lib.json TS_NODE_TRANSPILE_ONLY=true
npx typeorm-ts-node-commonjs migration:run -d libs/api/db/src/data-source.cli.ts >/dev/null
npx typeorm-ts-node-commonjs migration:generate --check -d libs/api/db/src/data-source.cli.ts libs/api/db/src/lib/migrations/drift
