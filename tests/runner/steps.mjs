// One step of `npm test`: a command whose outcome is recorded for the summary.
import { spawnSync } from 'node:child_process';

export function createSteps() {
  const results = [];
  function run(name, command, args) {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    const started = Date.now();
    const outcome = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const ok = outcome.status === 0;
    results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
    return ok;
  }
  return { run, results };
}
