// tests/browser/browser_test.js BASE_URL [SCREENSHOT_DIR]
// Loads the web app's pages in Debian's Chromium (puppeteer-core, nothing
// downloaded) and checks: no console errors or CSP violations, no hostile
// payload runs (no dialog opens, no request leaves the server's origin),
// search works from the header box, a claim expands, the progressive script
// runs.  Prints "ok: ..." / "FAIL: ..." lines; exits 1 on any failure.
'use strict';
const puppeteer = require('puppeteer-core');

const base = process.argv[2];
const shots = process.argv[3];
let fails = 0;
const ok = (m) => console.log('ok: ' + m);
const bad = (m) => { console.log('FAIL: ' + m); fails++; };

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  page.on('dialog', async (d) => { errors.push('a dialog opened (payload ran): ' + d.message()); await d.dismiss(); });
  const origin = new URL(base).origin;
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) {
      errors.push('request outside the origin: ' + r.url());
      r.abort();
    } else r.continue();
  });
  async function visit(path, shot) {
    errors.length = 0;
    const resp = await page.goto(base + path, { waitUntil: 'load', timeout: 120000 });
    await new Promise((r) => setTimeout(r, 200));
    const status = resp ? resp.status() : 0;
    if (status !== 200) bad(path + ': status ' + status);
    else if (errors.length) bad(path + ': ' + errors.join(' | '));
    else ok(path + ': loaded, no console errors, nothing ran');
    if (shots && shot) await page.screenshot({ path: shots + '/' + shot + '.png' });
  }

  await visit('/', 'stories');
  const paths = ['/story/1', '/story/2', '/outlets', '/search?q=footbridge', '/search?q=%22water%22'];
  for (let i = 1; i <= 8; i++) paths.push('/doc/' + i);
  for (const p of paths) await visit(p);
  // every story in the list
  await visit('/');
  const stories = await page.$$eval('table a[href^="/story/"]', (as) => as.map((a) => a.getAttribute('href')));
  for (const s of stories.slice(0, 10)) await visit(s);

  // search from the header box
  await visit('/');
  await page.type('header.top input[name=q]', 'reservoir');
  await Promise.all([page.waitForNavigation({ timeout: 60000 }), page.keyboard.press('Enter')]);
  const hits = await page.$$eval('ol.hits li', (l) => l.length);
  const marks = await page.$$eval('ol.hits mark', (l) => l.length);
  if (page.url().includes('/search?q=reservoir') && hits > 0 && marks > 0) ok('search from the header: ' + hits + ' hits, ' + marks + ' marked');
  else bad('search: url ' + page.url() + ', ' + hits + ' hits, ' + marks + ' marks');
  if (shots) await page.screenshot({ path: shots + '/search.png' });

  // the largest story: a claim expands to its outlets' sentences
  const largest = stories[0] || '/story/1';
  await visit(largest);
  const before = await page.$eval('details.claim', (d) => d.open);
  await page.click('details.claim > summary');
  const after = await page.$eval('details.claim', (d) => ({ open: d.open, shown: [...d.querySelectorAll('.support')].filter((s) => s.offsetHeight > 0).length }));
  if (!before && after.open && after.shown > 0) ok('a claim expands to ' + after.shown + ' outlet sentences');
  else bad('claim did not expand: ' + JSON.stringify({ before, after }));
  // the progressive script ran (CSP allows /static/app.js): "Expand all"
  const btn = await page.$('.toolbar button');
  if (!btn) bad('app.js did not add its toolbar');
  else {
    await btn.click();
    const closed = await page.$$eval('details.claim', (ds) => ds.filter((d) => !d.open).length);
    if (closed === 0) ok('"Expand all" opened every claim'); else bad(closed + ' claims still closed');
    await btn.click();
  }
  await page.click('details.claim > summary');
  if (shots) await page.screenshot({ path: shots + '/story.png' });
  // a hostile document: the payloads are text
  await visit('/doc/h1', shots ? 'doc-hostile' : null);
  const text = await page.$eval('main', (m) => m.textContent);
  if (text.includes('<script>alert(4)</script>')) ok('hostile script shown as text');
  else bad('hostile text missing');
  const scripts = await page.$$eval('script', (s) => s.map((x) => x.getAttribute('src')));
  if (scripts.length === 1 && scripts[0] === '/static/app.js') ok('the only script is /static/app.js');
  else bad('scripts on the page: ' + JSON.stringify(scripts));
  await visit('/doc/1');
  await browser.close();
  console.log(fails ? fails + ' failed' : 'all passed');
  process.exit(fails ? 1 : 0);
})().catch((e) => { console.log('FAIL: ' + e.stack); process.exit(1); });
