// One step of `npm test`: a command whose outcome (and, for a test runner, its JSON report) is
// recorded for the summary.
import { spawnSync } from 'node:child_process';

export function createSteps() {
  const results = [];
  function run(name, command, args, report = null) {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    const started = Date.now();
    const outcome = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const ok = outcome.status === 0;
    results.push({ name, ok, report, seconds: (Date.now() - started) / 1000 });
    return ok;
  }
  return { run, results };
}
