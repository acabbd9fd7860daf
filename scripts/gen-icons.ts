/**
 * Renders the app's PNG icons from public/icon.svg with the Chromium the browser tests use:
 * `npx tsx scripts/gen-icons.ts`, then commit the PNGs. The web manifest (vite.config.ts) lists
 * them: 192 and 512 px as they are (rounded corners), a 512 px maskable one and a 180 px
 * apple-touch-icon with the background to the edges (the platform cuts its own shape).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SVG = readFileSync('public/icon.svg', 'utf8');
/** The same drawing with square corners: a maskable icon must fill its whole square. */
const SQUARE = SVG.replace(' rx="96"', '');

const ICONS: readonly { file: string; size: number; svg: string }[] = [
  { file: 'public/icon-192.png', size: 192, svg: SVG },
  { file: 'public/icon-512.png', size: 512, svg: SVG },
  { file: 'public/icon-maskable-512.png', size: 512, svg: SQUARE },
  { file: 'public/apple-touch-icon.png', size: 180, svg: SQUARE },
];

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(file, await page.screenshot({ omitBackground: true }));
    console.log(`${file}: ${size} × ${size}`);
  }
} finally {
  await browser.close();
}
