// Takes a screenshot of a page of the running demo: node scripts/screenshot.mjs URL OUT.png [width] [height]
// MOBILE=1 emulates a touch phone (isMobile, hasTouch); CLICK=selector clicks (taps) it first.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const settings = JSON.parse(readFileSync(new URL('../tests/chromium.json', import.meta.url), 'utf8'));

const [url = 'http://localhost:4173/', out = 'screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? settings.executablePath,
  args: settings.args,
});
const mobile = process.env.MOBILE === '1';
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
});
page.on('console', (msg) => {
  if (msg.type() === 'error') console.error('console:', msg.text());
});
page.on('pageerror', (err) => console.error('pageerror:', err.message));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
if (process.env.HOVER) await page.hover(process.env.HOVER);
if (process.env.CLICK) {
  await page.locator(process.env.CLICK).first().click();
  await page.waitForTimeout(500);
}
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
