// Opens the HTML report of the bundled examples in headless Chromium (Debian's, driven by
// playwright-core) and checks what a reader gets: no console error and no network request, the
// front page's event tables and links, an event page's figures table, charts with one line per
// claimant (as many <path class="series"> as legend entries), evidence, articles, and that every
// link leads to a page or an anchor that exists. Saves screenshots into OUT_DIR.
//
// Usage: node report_browser.mjs CORROBORATE_BINARY EXAMPLES_DIR OUT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [binary, examples, outDir] = process.argv.slice(2);
if (!binary || !examples || !outDir) {
  console.error('usage: node report_browser.mjs CORROBORATE_BINARY EXAMPLES_DIR OUT_DIR');
  process.exit(2);
}
const failures = [];
let passed = 0;
function check(cond, what) {
  if (cond) passed++;
  else {
    failures.push(what);
    console.log('FAIL:', what);
  }
}

const reportDir = path.join(outDir, 'report');
fs.rmSync(reportDir, { recursive: true, force: true });
execFileSync(binary, ['analyze', examples, '--out', reportDir, '--quiet'], { stdio: 'inherit' });
const front = path.join(reportDir, 'report.html');
check(fs.existsSync(front), 'analyze wrote report.html');

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!executablePath) {
  console.log('chromium not installed: browser test skipped');
  process.exit(0);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const problems = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`network request: ${r.url()}`); });

// Every link on the page leads somewhere: a file that exists, and an anchor that exists in it.
async function checkLinks(where) {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => ({ raw: a.getAttribute('href'), abs: a.href })));
  for (const { raw, abs } of hrefs) {
    if (/^https?:/.test(raw)) continue;  // an article's own address (rel=noreferrer), not loaded
    check(!/^[a-z]+:/i.test(raw) || raw.startsWith('#'), `${where}: link ${raw} is relative`);
    const url = new URL(abs);
    const file = fileURLToPath(url);
    check(fs.existsSync(file), `${where}: link ${raw} leads to an existing file`);
    if (url.hash && fs.existsSync(file)) {
      const id = decodeURIComponent(url.hash.slice(1));
      const html = fs.readFileSync(file, 'utf8');
      check(html.includes(`id="${id}"`), `${where}: anchor ${raw} exists`);
    }
  }
  return hrefs.length;
}

async function load(file) {
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return Date.now() - t0;
}

// Front page.
const frontMs = await load(front);
check((await page.title()) === 'corroborate report', 'front page title');
const events = await page.$$eval('section.event h2 a', (as) => as.map((a) => a.getAttribute('href')));
check(events.length === 2, `front page lists the two example events (got ${events.length})`);
const headRows = await page.$$eval('table.heads tbody tr', (rows) => rows.length);
check(headRows >= 2, `front page shows headline figures (${headRows} rows)`);
const badges = await page.$$eval('table.heads .badge', (b) => b.map((x) => x.textContent));
check(badges.some((b) => b === 'conflicting' || b === 'corroborated'), `front page shows statuses (${badges})`);
check(await page.$('#errors') !== null, 'front page has the errors section');
await checkLinks('front page');
await page.screenshot({ path: path.join(outDir, 'front.png'), fullPage: true });

// Each event page, reached by clicking its link on the front page.
for (let i = 0; i < events.length; i++) {
  await load(front);
  const t0 = Date.now();
  await Promise.all([page.waitForEvent('load'), page.locator('section.event h2 a').nth(i).click()]);
  const ms = Date.now() - t0;
  const where = `event page ${events[i]}`;
  check(page.url().endsWith(events[i].replace(/^events\//, 'events/')), `${where}: the link opens it (${page.url()})`);
  const charts = await page.$$eval('div.chart', (divs) => divs.map((d) => {
    const legend = d.nextElementSibling;
    return {
      paths: d.querySelectorAll('svg path.series').length,
      claimants: new Set([...d.querySelectorAll('svg path.series')].map((p) => p.dataset.claimant)).size,
      legend: legend ? legend.querySelectorAll('span > i').length : -1,
      labels: d.querySelectorAll('svg text.v').length,
      points: d.querySelectorAll('svg circle').length,
      width: d.querySelector('svg').getBoundingClientRect().width,
    };
  }));
  check(charts.length >= 1, `${where}: has a chart`);
  for (const c of charts) {
    check(c.paths >= 1 && c.paths === c.legend && c.paths === c.claimants, `${where}: one path per claimant (${JSON.stringify(c)})`);
    check(c.labels >= 1 && c.points >= c.paths && c.width > 300, `${where}: points with value labels (${JSON.stringify(c)})`);
  }
  const figureRows = await page.$$eval('#figures + div table tbody tr', (r) => r.length);
  check(figureRows >= 1, `${where}: figures table has rows (${figureRows})`);
  const articleRows = await page.$$eval('#articles + div table tbody tr', (r) => r.length);
  check(articleRows >= 1, `${where}: articles table has rows (${articleRows})`);
  check((await page.$$('blockquote mark')).length >= 1, `${where}: evidence with the figure highlighted`);
  check((await page.$$('.cards .card')).length >= 1, `${where}: headline cards`);
  await checkLinks(where);
  await page.screenshot({ path: path.join(outDir, `event-${i + 1}.png`), fullPage: true });
  console.log(`${where}: opened in ${ms} ms, ${charts.length} charts, ${figureRows} figures, ${articleRows} articles`);
}
// A chart close up, for the eye.
await load(path.join(reportDir, events[0]));
const chart = page.locator('div.chart').first();
await chart.screenshot({ path: path.join(outDir, 'chart.png') });

check(problems.length === 0, `no console errors, warnings or network requests (${problems.join('; ')})`);
await browser.close();
console.log(`front page opened in ${frontMs} ms; screenshots in ${outDir}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
