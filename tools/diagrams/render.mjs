// Renders every BPMN of processes/ with bpmn-js, the renderer Camunda Modeler uses, in the
// machine's headless Chromium (Debian's /usr/bin/chromium: no browser is downloaded), and
// writes docs/diagrams/<process>.svg (and a .png to look at).
//   node render.mjs [repository root] [--check]
// Each SVG carries, after its XML declaration, the SHA-256 of the model it was drawn from. With --check nothing is drawn
// (no browser needed): it fails when a committed SVG was not drawn from the model as it is now.
// Comparing fingerprints, not pixels, keeps the check independent of the browser's fonts.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..'));
const out = join(root, 'docs', 'diagrams');
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const css = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css']
  .map((p) => readFileSync(require.resolve(p), 'utf8')).join('\n');

const models = readdirSync(join(root, 'processes')).filter((f) => f.endsWith('.bpmn')).sort();
const fingerprint = (xml) => `<!-- model sha256: ${createHash('sha256').update(xml).digest('hex')} -->`;

if (check) {
  let stale = 0;
  for (const file of models) {
    const name = file.replace(/\.bpmn$/, '');
    const svgPath = join(out, `${name}.svg`);
    const expected = fingerprint(readFileSync(join(root, 'processes', file), 'utf8'));
    if (!existsSync(svgPath) || !readFileSync(svgPath, 'utf8').slice(0, 400).includes(expected)) {
      console.error(`docs/diagrams/${name}.svg was not drawn from processes/${file} as it is now: run (cd tools/diagrams && node render.mjs)`);
      stale++;
    }
  }
  console.log(`Diagrams: ${models.length} models, ${stale} out of date`);
  process.exit(stale === 0 ? 0 : 1);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 2400, height: 1400 } });
await page.setContent(`<html><head><meta charset="utf-8"><style>${css} html,body,#canvas{margin:0;width:100%;height:100%;background:white}</style></head><body><div id="canvas"></div></body></html>`);
await page.addScriptTag({ path: viewer });

// bpmn-js names its arrow markers at random: number them in order so that the SVG only changes
// when the model does.
function normalize(svg) {
  const names = new Map();
  return svg.replace(/marker-[a-z0-9]+/g, (id) => {
    if (!names.has(id)) names.set(id, `marker-${names.size + 1}`);
    return names.get(id);
  });
}

let stale = 0;
mkdirSync(out, { recursive: true });
for (const file of models) {
  const xml = readFileSync(join(root, 'processes', file), 'utf8');
  const result = await page.evaluate(async (xml) => {
    document.getElementById('canvas').innerHTML = '';
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport');
    const { svg } = await viewer.saveSVG();
    return { svg, warnings: warnings.map((w) => w.message) };
  }, xml);
  if (result.warnings.length) {
    console.error(`${file}: ${result.warnings.join('; ')}`);
    stale++;
  }
  result.svg = normalize(result.svg);
  const name = file.replace(/\.bpmn$/, '');
  // The fingerprint goes right after the XML declaration, which must stay first.
  const declarationEnd = result.svg.startsWith('<?xml') ? result.svg.indexOf('?>') + 2 : 0;
  writeFileSync(join(out, `${name}.svg`),
    result.svg.slice(0, declarationEnd) + '\n' + fingerprint(xml) + result.svg.slice(declarationEnd));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log(`docs/diagrams/${name}.svg`);
}
await browser.close();
process.exit(stale === 0 ? 0 : 1);
