// Renders the BPMN and DMN models in processes/ to docs/images/ the way Camunda Modeler shows them:
//   <Name>.svg + <Name>.png for each BPMN diagram (bpmn-js viewer, saveSVG),
//   <Name>.png for each DMN decision table (dmn-js viewer, screenshot; a table has no SVG export).
// Usage: cd docs/diagrams && npm ci && node render.mjs [--check]
//   --check: render to memory and exit 1 if any committed SVG differs (PNG bytes are not compared).
// Chromium: /usr/bin/chromium, or set CHROMIUM_PATH. Not part of the build or CI.
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { dirname, join, basename, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const processesDir = join(repo, 'processes');
const imagesDir = join(repo, 'docs', 'images');
const check = process.argv.includes('--check');
const SCALE = 2; // PNG pixels per diagram unit

// bpmn-js gives each marker (arrow head) a random id; number them in order so that re-rendering gives the same SVG.
function normalizeSvg(svg) {
  const ids = [...new Set([...svg.matchAll(/<marker id="([^"]+)"/g)].map((m) => m[1]))];
  ids.forEach((id, i) => { svg = svg.split(id).join(`marker-${i + 1}`); });
  return svg.endsWith('\n') ? svg : svg + '\n';
}

async function main() {
  const files = (await readdir(processesDir)).sort();
  const bpmnFiles = files.filter((f) => extname(f) === '.bpmn');
  const dmnFiles = files.filter((f) => extname(f) === '.dmn');
  if (!check) await mkdir(imagesDir, { recursive: true });

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
  let failed = false;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: SCALE });
    page.on('pageerror', (e) => { console.error('page error:', e.message); failed = true; });
    await page.goto(pathToFileURL(join(here, 'render.html')).href, { waitUntil: 'load' });
    await page.evaluateHandle('document.fonts.ready');

    for (const file of bpmnFiles) {
      const name = basename(file, '.bpmn');
      const xml = await readFile(join(processesDir, file), 'utf8');
      const { svg: rawSvg, warnings } = await page.evaluate(async (xml) => {
        const container = document.getElementById('bpmn');
        container.innerHTML = '';
        const viewer = new BpmnJS({ container });
        const { warnings } = await viewer.importXML(xml);
        const { svg } = await viewer.saveSVG();
        viewer.destroy();
        return { svg, warnings: warnings.map((w) => w.message) };
      }, xml);
      warnings.forEach((w) => console.warn(`${file}: import warning: ${w}`));
      if (warnings.length) failed = true;
      const svg = normalizeSvg(rawSvg);
      if (/(?:href|src)\s*=\s*["'](?!#)|url\(\s*(?!["']?#)|@import|<image\b|<foreignObject\b/i.test(svg)) {
        console.error(`${name}.svg: references something outside itself`);
        failed = true;
      }
      const svgPath = join(imagesDir, `${name}.svg`);
      if (check) {
        const old = await readFile(svgPath, 'utf8').catch(() => '');
        if (old !== svg) { console.error(`${name}.svg: out of date`); failed = true; }
        else console.log(`${name}.svg: up to date`);
        continue;
      }
      await writeFile(svgPath, svg);
      // PNG: the exported SVG itself, drawn as an image (so only what is inside the SVG shows).
      const img = await page.evaluate(async (svg) => {
        const box = document.getElementById('svg');
        box.innerHTML = '';
        const img = new Image();
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
        await img.decode();
        box.appendChild(img);
        return { width: img.naturalWidth, height: img.naturalHeight };
      }, svg);
      await page.setViewport({ width: Math.ceil(img.width) + 40, height: Math.ceil(img.height) + 1200, deviceScaleFactor: SCALE });
      const el = await page.$('#svg img');
      await el.screenshot({ path: join(imagesDir, `${name}.png`) });
      await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: SCALE });
      await page.evaluate(() => { document.getElementById('svg').innerHTML = ''; });
      console.log(`${name}: svg + png (${Math.round(img.width)}x${Math.round(img.height)})`);
    }

    if (check) return;
    for (const file of dmnFiles) {
      const name = basename(file, '.dmn');
      const xml = await readFile(join(processesDir, file), 'utf8');
      const warnings = await page.evaluate(async (xml) => {
        document.getElementById('bpmn').style.display = 'none';
        const container = document.getElementById('dmn');
        container.innerHTML = '';
        const viewer = new DmnJS({ container });
        const { warnings } = await viewer.importXML(xml);
        const tables = viewer.getViews().filter((v) => v.type === 'decisionTable');
        if (tables.length !== 1) throw new Error(`expected one decision table, found ${tables.length}`);
        await viewer.open(tables[0]);
        window.dmnViewer = viewer;
        return warnings.map((w) => w.message);
      }, xml);
      warnings.forEach((w) => console.warn(`${file}: import warning: ${w}`));
      if (warnings.length) failed = true;
      const el = await page.$('#dmn');
      await el.screenshot({ path: join(imagesDir, `${name}.png`) });
      await page.evaluate(() => {
        window.dmnViewer.destroy();
        document.getElementById('bpmn').style.display = '';
      });
      console.log(`${name}: decision table png`);
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
