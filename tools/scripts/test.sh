#!/usr/bin/env bash
# `npm test`: unit + integration specs (real PostgreSQL), embedded-default specs (PGlite), then the
# built app: smoke test and browser tests (skipped, and said so, when no Chromium is available).
# Ends with one plain line "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false NX_TUI=false
mkdir -p tmp/jest
rm -f tmp/jest/*.json
status=0

run_jest() { # name, args...
  local name=$1; shift
  echo "=== $name ==="
  npx jest "$@" --json --outputFile="tmp/jest/$name.json" || status=1
}

run_jest unit-integration -c jest.config.ts
run_jest embedded -c jest.embedded.config.ts
# A throwaway primary and its streaming standby (pg_basebackup -R) for the scale-out spec, dropped on
# exit. Where that is not possible (no Debian cluster tools, not root/postgres) the spec says why it skips.
replica_name="bs_test_$$"
trap 'bash tools/scripts/replica-clusters.sh down "$replica_name"' EXIT
IFS=, read -r replica_pport replica_sport <<< "${TEST_REPLICA_PORTS:-5467,5468}"
if replica_env=$(bash tools/scripts/replica-clusters.sh up "$replica_name" "$replica_pport" "$replica_sport"); then
  while IFS= read -r line; do export "$line"; done <<< "$replica_env"
  echo "replica clusters: primary :$replica_pport, standby :$replica_sport"
else
  bash tools/scripts/replica-clusters.sh down "$replica_name"
  echo "replica clusters not created (see above): the scale-out spec will say why it skips"
fi
if npx nx run-many -t build -p api dashboard --output-style=static; then
  run_jest e2e -c apps/dashboard-e2e/jest.config.cts
else
  echo "build failed"; status=1
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0, suitesFailed = 0;
for (const f of fs.readdirSync("tmp/jest")) {
  const r = JSON.parse(fs.readFileSync("tmp/jest/" + f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  suitesFailed += r.numRuntimeErrorTestSuites || 0;
  console.log(`${f}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped, ${r.numRuntimeErrorTestSuites||0} suites crashed`);
}
if (suitesFailed) failed += suitesFailed;
fs.writeFileSync("tmp/jest/summary.txt", `${passed} passed, ${failed} failed`);
'
summary=$(cat tmp/jest/summary.txt 2>/dev/null || echo "0 passed, 1 failed")
case "$summary" in *" 0 failed") ;; *) status=1 ;; esac
echo "$summary"
exit $status
