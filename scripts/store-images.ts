// Renders, in Debian's Chromium, the images the browsers and the stores ask for, from what is committed:
// the icon at 16, 32, 48, 96 and 128 px from assets/icon.svg (WXT lists public/icon/ in the manifest); the
// store screenshots at 1280×800 from the README's screenshots in docs/ (`npm run screenshots`); and the
// Chrome Web Store's 440×280 promo tile. Run after changing any of them; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithoutExtension } from '../rig/chromium';
import { REPO_ROOT } from '../rig/mlflow-server';

const ICON_SIZES = [16, 32, 48, 96, 128];
const STORE_SCREENSHOTS = ['panel.png', 'root-cause.png', 'panel-dark.png'];

const svg = readFileSync(join(REPO_ROOT, 'assets', 'icon.svg'), 'utf8');
const sized = (size: number) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
const { browser, page } = await launchWithoutExtension({ viewport: { width: 1280, height: 800 } });
try {
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0;background:transparent">${sized(size)}</body>`);
    await page.locator('svg').screenshot({ path: join(REPO_ROOT, 'public', 'icon', `${size}.png`), omitBackground: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [index, name] of STORE_SCREENSHOTS.entries()) {
    const data = readFileSync(join(REPO_ROOT, 'docs', name)).toString('base64');
    await page.setContent(
      `<body style="margin:0"><img style="display:block;width:1280px;height:800px" src="data:image/png;base64,${data}"></body>`,
    );
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'store', `screenshot-${index + 1}-1280x800.png`) });
  }
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;
    box-sizing:border-box;background:#eef5fb;color:#0b2e45;font:600 26px/1.2 -apple-system,'Segoe UI',Roboto,sans-serif">
    ${sized(96)}<div>MLflow Session Lens<div style="font-weight:400;font-size:15px;margin-top:8px;color:#2d4a5e">
    The whole chat session behind a trace, and the turn where it went wrong.</div></div></body>`);
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'store', 'promo-tile-440x280.png') });
} finally {
  await browser.close();
}
console.log('wrote public/icon/*.png, docs/store/screenshot-*-1280x800.png, docs/store/promo-tile-440x280.png');
