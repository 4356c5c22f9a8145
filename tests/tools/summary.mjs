// The plain total of the tests that ran: `tests: N passed, N failed`, from vitest's and Playwright's
// JSON reports in .cache/results/. A runner that did not run counts nothing, so an empty run shows 0.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const results = new URL('../../.cache/results/', import.meta.url);
const read = (name) => {
  const file = new URL(name, results);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

export function counts() {
  const vitest = read('vitest.json');
  const playwright = read('playwright.json');
  const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  // A test file that fails to load runs no test: count it as a failure so it cannot hide.
  const vitestFailed = (vitest?.numFailedTests ?? 0) || (vitest?.numFailedTestSuites ?? 0);
  const failed = vitestFailed + (playwright?.stats?.unexpected ?? 0) + (playwright?.errors?.length ?? 0);
  return { passed, failed };
}

export function summaryLine() {
  const { passed, failed } = counts();
  return `tests: ${passed} passed, ${failed} failed`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(`${summaryLine()}\n`);
