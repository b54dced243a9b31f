#!/usr/bin/env bash
# The README's test command: lint, type-check and build everything, run every package's tests, then
# print one summary line over all of them. turbo replays a package's tests from its cache when
# nothing they depend on changed, and restores its report with them.
set -uo pipefail
cd "$(dirname "$0")/.."
# Reports of an earlier run must not stand in for this one's.
rm -rf apps/*/.test-results packages/*/.test-results
pnpm install --frozen-lockfile --reporter=silent || exit 1
# Lint and format check first (Biome, biome.json): a broken layering rule fails fast, before the build.
pnpm lint || exit 1
turbo run typecheck build --output-logs=errors-only || exit 1
turbo run test --concurrency=2 --continue
status=$?
node scripts/summarize-tests.mjs || status=1
exit $status
