/**
 * npm run icons: renders assets/icon/icon.svg to the PNGs the extension
 * ships, with Debian's Chromium (no image library needed):
 *   public/icon/{16,32,48,128}.png        the extension's icon (WXT puts them in the manifest)
 *   public/icon/state/{state}-{16,32}.png the toolbar icon for each verdict: can top up, cannot,
 *                                         not stated, not an eSIM page
 * The PNGs are committed, so building needs no browser; run this after editing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './bench/chromium';
import { ICON_SIZES, STATE_ICON_SIZES, TOOLBAR_STATES, type ToolbarState } from '../lib/tabs/icon-states';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'assets/icon/icon.svg'), 'utf8');

/** The mark in the lower left corner: the verdict's colour and symbol, as on the badge (never colour alone). */
const MARK: Record<ToolbarState, { fill: string; glyph: string } | null> = {
  yes: { fill: '#1a7f37', glyph: '<path d="M20 88l12 12 22-24" stroke="#fff" stroke-width="10" fill="none" stroke-linecap="round" stroke-linejoin="round"/>' },
  no: { fill: '#b42318', glyph: '<path d="M22 76l28 28M50 76l-28 28" stroke="#fff" stroke-width="10" stroke-linecap="round"/>' },
  unknown: { fill: '#9a6700', glyph: '<path d="M27 80q9-10 18 0t-9 14v4" stroke="#fff" stroke-width="9" fill="none" stroke-linecap="round"/><circle cx="36" cy="109" r="5" fill="#fff"/>' },
  none: null,
};

function variant(state: ToolbarState | null): string {
  if (state === 'none') return svg.replace(/#0969da/g, '#8c959f').replace(/#f6c343/g, '#d0d7de').replace(/#b88a12/g, '#8c959f');
  const mark = state ? MARK[state] : null;
  if (!mark) return svg;
  return svg.replace('</svg>', `<circle cx="36" cy="92" r="34" fill="${mark.fill}" stroke="#fff" stroke-width="6"/>${mark.glyph}</svg>`);
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const render = async (source: string, size: number, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  };
  mkdirSync(join(ROOT, 'public/icon/state'), { recursive: true });
  for (const size of ICON_SIZES) await render(variant(null), size, join(ROOT, `public/icon/${size}.png`));
  for (const state of TOOLBAR_STATES) for (const size of STATE_ICON_SIZES) await render(variant(state), size, join(ROOT, `public/icon/state/${state}-${size}.png`));
  await browser.close();
  console.log(`icons written: ${ICON_SIZES.length} sizes, ${TOOLBAR_STATES.length} toolbar states`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
