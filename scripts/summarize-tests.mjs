// Adds up the vitest JSON report of every package with a test script and prints one line. A report is
// <package>/.test-results/vitest.json, written by the run or restored by turbo from its cache. Fails
// when a package left no report, when any test or test file failed, or when nothing passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const packageDirs = ['apps', 'packages']
  .flatMap((group) => readdirSync(group).map((name) => join(group, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')) && readJson(join(dir, 'package.json')).scripts?.test);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packageDirs) {
  const path = join(dir, '.test-results', 'vitest.json');
  if (!existsSync(path)) {
    console.error(`${dir}: no test report (${path})`);
    failed += 1;
    continue;
  }
  const report = readJson(path);
  // A file that failed to load, or an error outside any test, fails the run without failing a test.
  const failures = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) || (report.success ? 0 : 1);
  if (failures > 0) console.error(`${dir}: ${failures} failed`);
  passed += report.numPassedTests;
  failed += failures;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
