// `npm test`: everything, in the order a failure is cheapest to find. Stops at the first failing step,
// then prints the total of the tests that ran (vitest + Playwright) as its last line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { summaryLine } from './summary.mjs';

const root = new URL('../../', import.meta.url);
rmSync(new URL('.cache/results/', root), { recursive: true, force: true });

const steps = [
  ['type check', 'npm', ['run', '--silent', 'check']],
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['browser, accessibility and privacy tests', 'npm', ['run', '--silent', 'test:e2e']],
];

let status = 0;
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    process.stdout.write(`\n${name} failed\n`);
    status = result.status ?? 1;
    break;
  }
}
process.stdout.write(`\n${summaryLine()}\n`);
process.exit(status);
