// Renders icon.svg to the PNG sizes packaging needs, with Debian's Chromium (no network, no
// downloaded browser): `node resources/icons/render-icons.mjs`. electron-builder turns
// 512x512.png into the macOS .icns and Windows .ico; Linux takes the PNGs of this folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const SIZES = [512, 256, 128, 64, 48, 32, 16];
const svg = await readFile(join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CAREBINDER_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.screenshot({ path: join(here, `${size}x${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
