// Browser tests need Debian's chromium. Install it when missing (root on Debian), never a downloaded browser build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);
console.error(`[ensure-chromium] ${CHROMIUM} not found; installing Debian's chromium package…`);
try {
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch (error) {
  console.error('[ensure-chromium] could not install chromium: browser tests cannot run.', error);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`[ensure-chromium] chromium installed but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
