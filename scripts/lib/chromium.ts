/**
 * Finds a system Chromium for Playwright (`playwright-core` downloads no browser): CHROME_PATH, then
 * /usr/bin/chromium, then `chromium` or `google-chrome` on PATH.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const INSTALL_HINT =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.';

export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.push(join(dir, name));
  }
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/** Flags that keep Chromium quiet on a closed network and working as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];
