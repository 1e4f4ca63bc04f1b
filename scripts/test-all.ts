/**
 * `npm test`: every check, in the order that fails fastest: types, guide content, unit and component
 * tests, the one-file copy, the Android app and its static checks, the web app build, size budgets,
 * performance budgets (`npm run bench`: Lighthouse, offline cold start, search), then real-browser tests
 * against that build. Ends with one plain "N passed, N failed" line that counts every test run, and a
 * step that fails (a build, a budget) as one failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'aman-test-'));
let passed = 0;
let failed = 0;

function run(title: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed after ${secs} s`);
    // A failed step (a build, a budget) is a failed check too: the last line must not read "0 failed".
    failed += 1;
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${title} (${secs} s)`);
}

/** Runs a Vitest project and adds its counts to the total. */
function vitest(title: string, projects: string[]): void {
  const out = join(reports, `${projects.join('-')}.json`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${out}`);
  console.log(`\n▶ ${title}`);
  const r = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  }
  if (r.status !== 0) {
    console.error(`✖ ${title} failed`);
    summary();
    process.exit(r.status ?? 1);
  }
}

function summary(): void {
  console.log(`\n${passed} passed, ${failed} failed`);
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('guide content', 'npx', ['tsx', 'scripts/content/check.ts']);
vitest('unit and component tests', ['unit', 'component']);
run('one-file copy', 'npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn']);
// No --if-available here: missing Android tools fail the run and say how to install them.
run('Android app', 'npx', ['tsx', 'scripts/apk/build.ts']);
vitest('Android app checks', ['build']);
run('web app build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('size budgets', 'npx', ['tsx', 'scripts/size.ts']);
// Issue #8's performance budgets; about a minute and a half, one Chromium at a time (scripts/bench.ts).
run('performance budgets', 'npx', ['tsx', 'scripts/bench.ts']);
vitest('browser tests (Chromium)', ['browser']);
summary();
