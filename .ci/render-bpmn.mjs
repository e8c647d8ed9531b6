#!/usr/bin/env node
// Renders a BPMN file to SVG and PNG with bpmn-js (the viewer Camunda Modeler is built on) in
// headless Chromium. Used for the README picture:
//
//   cd .ci && npm ci && node render-bpmn.mjs ../bpmn/pilot-lifecycle.bpmn ../docs/images/pilot-lifecycle
//
// writes ../docs/images/pilot-lifecycle.svg and ../docs/images/pilot-lifecycle.png.
// Needs a Chromium: Debian `apt-get install -y chromium` (or set CHROMIUM=/path/to/chrome).
// Fails if bpmn-js reports import warnings (missing or broken diagram interchange).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const [ input, outPrefix ] = process.argv.slice(2);
if (!input || !outPrefix) {
  console.error('usage: node render-bpmn.mjs <diagram.bpmn> <output prefix, e.g. ../docs/images/name>');
  process.exit(2);
}

// device pixels per diagram pixel in the PNG
const SCALE = Number(process.env.RENDER_SCALE || 1);

function findChromium() {
  const candidates = [ process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome' ].filter(Boolean);
  for (const c of candidates) {
    try {
      execFileSync('sh', [ '-c', `command -v "${c}"` ], { stdio: 'pipe' });
      return c;
    } catch { /* try next */ }
  }
  throw new Error('no Chromium found: apt-get install -y chromium, or set CHROMIUM');
}

const chromium = findChromium();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-bpmn-'));

function runChromium(args) {
  const profile = fs.mkdtempSync(path.join(work, 'profile-'));
  return execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    ...args
  ], { cwd: work, stdio: [ 'ignore', 'pipe', 'pipe' ], maxBuffer: 64 * 1024 * 1024, timeout: 120000 }).toString('utf8');
}

try {
  const xml = fs.readFileSync(input, 'utf8');

  // 1. bpmn-js imports the diagram and exports it as SVG; the page shows the result as base64
  //    text so that --dump-dom can carry it out unchanged.
  fs.copyFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), path.join(work, 'viewer.js'));
  fs.writeFileSync(path.join(work, 'export.html'), `<!doctype html>
<html><head><meta charset="utf-8"><script src="viewer.js"></script></head>
<body><div id="canvas" style="width:1600px;height:1000px"></div><pre id="result">pending</pre>
<script>
(async () => {
  const result = document.getElementById('result');
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(${JSON.stringify(xml)});
    const { svg } = await viewer.saveSVG();
    const b64 = s => {
      const bytes = new TextEncoder().encode(s);
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    };
    result.textContent = 'OK ' + b64(JSON.stringify({ warnings: warnings.map(w => w.message), svg }));
  } catch (e) {
    result.textContent = 'ERROR ' + (e && e.message || e);
  }
})();
</script></body></html>`);

  const dom = runChromium([ '--virtual-time-budget=20000', '--dump-dom', 'export.html' ]);
  const m = /<pre id="result">([^<]*)<\/pre>/.exec(dom);
  if (!m) throw new Error('no result in the page');
  if (!m[1].startsWith('OK ')) throw new Error('bpmn-js failed: ' + m[1]);
  const { warnings, svg } = JSON.parse(Buffer.from(m[1].slice(3), 'base64').toString('utf8'));
  if (warnings.length) {
    console.error('bpmn-js import warnings:\n  ' + warnings.join('\n  '));
    process.exitCode = 1;
  }

  fs.mkdirSync(path.dirname(path.resolve(outPrefix)), { recursive: true });
  fs.writeFileSync(outPrefix + '.svg', svg.endsWith('\n') ? svg : svg + '\n');

  // 2. Chromium screenshots the SVG on a white page of exactly its size.
  const width = Math.ceil(Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)[1]));
  const height = Math.ceil(Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)[1]));
  fs.writeFileSync(path.join(work, 'shot.html'), `<!doctype html>
<html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}svg{display:block}</style></head>
<body>${svg}</body></html>`);
  runChromium([
    `--window-size=${width},${height}`, `--force-device-scale-factor=${SCALE}`,
    '--default-background-color=ffffffff', '--virtual-time-budget=5000',
    `--screenshot=${path.join(work, 'shot.png')}`, 'shot.html'
  ]);
  fs.copyFileSync(path.join(work, 'shot.png'), outPrefix + '.png');
  console.log(`wrote ${outPrefix}.svg and ${outPrefix}.png (${width}x${height} at scale ${SCALE})`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
