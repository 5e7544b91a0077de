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
