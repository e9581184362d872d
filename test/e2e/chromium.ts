// Playwright's own browser download cannot work on these machines, so the suite drives
// Debian's chromium (see /work/shared/stack.md, "Browser tests").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

export function findChromium(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `CHROMIUM_PATH=${configured} does not exist: point it at a Chromium binary, or unset it ` +
          `and install Debian's with \`sudo apt-get install chromium\` (${debianChromium}).`,
      );
    }
    return configured;
  }
  if (existsSync(debianChromium)) return debianChromium;
  if (process.getuid?.() === 0 && hasAptGet()) {
    console.log("Chromium not found: installing Debian's chromium with apt-get (about 30 s)…");
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    if (existsSync(debianChromium)) return debianChromium;
  }
  throw new Error(
    `Chromium is needed for the browser tests but ${debianChromium} is missing. ` +
      'Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

function hasAptGet(): boolean {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed: install Chromium with \`sudo apt-get install chromium\`, ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}
