/**
 * `node scripts/screenshots.ts [DIST]`: screenshots of key page types at 1280 px and 375 px into docs/,
 * for README. Serves DIST (default dist) on 127.0.0.1 with the system Chromium.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const SHOTS: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'plan-chapter', path: '/hunan-fyp15/chapter-24/' },
  { name: 'report-part', path: '/national-2024/part-3/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('新质生产力')}` },
];
const WIDTHS = [1280, 375];

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const server = await serveStatic(process.argv[2] ?? 'dist');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const shot of SHOTS) {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 812 }, deviceScaleFactor: 1 });
    await page.goto(server.url + shot.path);
    await page.waitForLoadState('networkidle'); // search results render after the index answers
    const file = `docs/${shot.name}-${width}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
