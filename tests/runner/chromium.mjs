// The browser tests and the bench drive Debian's Chromium (tests/chromium.json, or CHROMIUM_PATH).
// On a fresh machine it may be missing: install it when we can (root with apt-get, as .ci/run
// does), otherwise say the one command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';

const settings = JSON.parse(readFileSync(new URL('../chromium.json', import.meta.url), 'utf8'));

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? settings.executablePath;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = () => process.getuid?.() === 0;

function aptInstallChromium() {
  console.log("Installing Debian's chromium for the browser tests (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }).status === 0;
}

/**
 * Makes sure the browser is there. Returns null when it is, or the sentence that tells the user
 * what to run when it is not and cannot be installed from here.
 */
export function ensureChromium() {
  const path = chromiumPath();
  if (isExecutable(path)) return null;
  const usesDefault = process.env.CHROMIUM_PATH === undefined;
  if (usesDefault && isRoot() && hasAptGet() && aptInstallChromium() && isExecutable(path)) return null;
  if (!usesDefault)
    return `CHROMIUM_PATH=${path} is not an executable browser. Point it at Chromium, or unset it to use ${settings.executablePath}.`;
  return `The browser tests need Debian's Chromium at ${path}. Install it, then run npm test again:\n\n  sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to another Chromium binary).`;
}
