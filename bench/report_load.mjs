// Times how long pages of an HTML report take to open in headless Chromium (Debian's, driven by
// playwright-core): the front page, the second front page, the largest event's page, a typical
// (median-sized) event's page and the biggest event page file. Each page is opened RUNS times in a fresh browser context; prints one
// JSON object with the median and worst time to the load event and the page's size.
//
// Usage: node bench/report_load.mjs REPORT_DIR [RUNS]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/report_load.mjs REPORT_DIR [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg || 3);
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!executablePath) {
  console.error('chromium is not installed (scripts/install-deps.sh installs it)');
  process.exit(1);
}

const events = path.join(dir, 'events');
const eventPages = fs.readdirSync(events)
  .filter((f) => !f.startsWith('index-') && f !== 'errors.html' && !/-(figures|timeline|articles)-\d+\.html$/.test(f))
  .map((f) => ({ f, size: fs.statSync(path.join(events, f)).size })).sort((a, b) => a.size - b.size);
const targets = [['front page', path.join(dir, 'report.html')]];
if (fs.existsSync(path.join(events, 'index-2.html'))) targets.push(['front page 2', path.join(events, 'index-2.html')]);
if (eventPages.length) {
  // The largest event is the first one the front page lists.
  const first = fs.readFileSync(path.join(dir, 'report.html'), 'utf8').match(/<h2><a href="events\/([^"]+)"/);
  if (first) targets.push(['largest event page', path.join(events, first[1])]);
  targets.push(['median event page', path.join(events, eventPages[Math.floor(eventPages.length / 2)].f)]);
  targets.push(['biggest page file', path.join(events, eventPages[eventPages.length - 1].f)]);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const out = {};
for (const [name, file] of targets) {
  const times = [];
  let dom = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120000 });
    times.push(performance.now() - t0);
    dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    await context.close();
  }
  times.sort((a, b) => a - b);
  out[name] = {
    file: path.relative(dir, file),
    bytes: fs.statSync(file).size,
    elements: dom,
    median_ms: Math.round(times[Math.floor(times.length / 2)]),
    worst_ms: Math.round(times[times.length - 1]),
  };
}
await browser.close();
console.log(JSON.stringify(out, null, 1));
