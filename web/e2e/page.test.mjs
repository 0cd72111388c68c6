// End-to-end test of dyad's page: a store of articles written here (and
// the seed article from ../shared), `dyad serve` on a free port, and
// Debian's Chromium driven by playwright-core. Choose NATO and China, see
// their timeline; click an event, see its evidence marked; paste a text
// into the try-it box, see its events. Saves a screenshot of the relation
// view (DYAD_SCREENSHOT) for the README.
//
// Environment: DYAD_BINARY, DYAD_WEB_DIR (the built page), DYAD_SHARED_DIR,
// DYAD_SCREENSHOT (optional), CHROMIUM (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const dyad = process.env.DYAD_BINARY;
const web = process.env.DYAD_WEB_DIR;
const shared = process.env.DYAD_SHARED_DIR;
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!dyad || !web || !shared) {
  console.error('page.test: set DYAD_BINARY, DYAD_WEB_DIR and DYAD_SHARED_DIR');
  process.exit(2);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Eight weeks of NATO and China, in sentences of our own.
function articles() {
  const lines = [];
  const acts = [
    'NATO leaders criticised China for its support of Russia.',
    'China accused NATO of provoking confrontation in Asia.',
    'NATO and China held talks in Brussels.',
    'China praised NATO for its restraint.',
    'NATO condemned China over cyber attacks.',
    'China rejected NATO demands to halt exports.',
  ];
  for (let week = 0; week < 8; week++) {
    for (let k = 0; k < 3; k++) {
      const day = new Date(Date.UTC(2024, 4, 6 + week * 7 + k * 2));
      const date = day.toISOString().slice(0, 10);
      const text = `${acts[(week + k) % acts.length]} ${acts[(week * 2 + k + 1) % acts.length]}`;
      lines.push(JSON.stringify({ id: `w${week}-${k}`, date, source: `Outlet ${k}`, text }));
    }
  }
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
let step = 'setting up';
let server;
let browser;
try {
  writeFileSync(join(dir, 'articles.jsonl'), articles());
  const db = join(dir, 'events.db');
  for (const args of [
    ['ingest', '--db', db, join(dir, 'articles.jsonl')],
    ['ingest', '--db', db, '--date', '2024-07-11', join(shared, 'corpus', 'seed-article.txt')],
  ]) {
    const r = spawnSync(dyad, args, { encoding: 'utf8' });
    check(r.status === 0, `dyad ${args.join(' ')} failed: ${r.stderr}`);
  }

  server = spawn(dyad, ['serve', '--db', db, '--port', '0', '--web', web]);
  const url = await new Promise((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${err}`)));
    setTimeout(() => reject(new Error(`dyad serve did not start: ${err}`)), 10000);
  });

  browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-default-apps', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  step = 'loading the page';
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  check(/documents/.test(await page.textContent('#store-status')), 'no store totals shown');

  // The relation view: NATO and China over time.
  step = 'the relation view';
  await page.fill('#actor-a', 'NATO'); // a name, looked up as IGOWSTNAT
  await page.fill('#actor-b', 'CHN');
  await page.selectOption('#relation-by', 'week');
  await page.click('#relation-show');
  await page.waitForFunction(() =>
    /event mentions between .*\(IGOWSTNAT\) and China \(CHN\)/.test(
      document.getElementById('relation-caption').textContent));
  const points = Number(await page.getAttribute('#relation-chart', 'data-points'));
  check(points >= 20, `the timeline has ${points} mentions`);
  check(await page.locator('#relation-chart canvas').count() > 0, 'no chart drawn');
  if (process.env.DYAD_SCREENSHOT) await page.screenshot({ path: process.env.DYAD_SCREENSHOT });

  // The event table: click an event of China's, see its evidence.
  step = 'the event table';
  await page.click('#tabs button[data-tab=events]');
  await page.fill('#ev-actor', 'CHN');
  await page.click('#events-form button[type=submit]');
  await page.waitForSelector('#events-table tbody tr.quad3, #events-table tbody tr.quad1');
  await page.click('#events-table tbody tr >> nth=0');
  await page.waitForSelector('#event-detail mark.trigger');
  check(await page.locator('#event-detail mark.source').count() === 1, 'source not marked');
  check(/Rule:/.test(await page.textContent('#event-detail')), 'no rule shown');
  check(/Reported by/.test(await page.textContent('#event-detail')), 'no reporting documents');
  if (process.env.DYAD_SCREENSHOT)
    await page.screenshot({ path: process.env.DYAD_SCREENSHOT.replace(/\.png$/, '-events.png') });

  // The try-it box.
  step = 'the try-it box';
  await page.click('#tabs button[data-tab=tryit]');
  await page.fill('#tryit-text', 'NATO leaders criticised China on Tuesday. Iran condemned Israel.');
  await page.click('#tryit-code');
  await page.waitForSelector('#tryit-results .event-card');
  const triggers = await page.locator('#tryit-results mark.trigger').allTextContents();
  check(triggers.includes('criticised') && triggers.includes('condemned'),
    `try-it marked ${JSON.stringify(triggers)}`);

  // The network draws.
  step = 'the network';
  await page.click('#tabs button[data-tab=network]');
  await page.waitForFunction(() => Number(document.getElementById('network-graph').dataset.nodes) > 0);
  const nodes = Number(await page.getAttribute('#network-graph', 'data-nodes'));
  check(nodes >= 2, `the network has ${nodes} nodes`);
  check(errors.length === 0, `page errors: ${errors.join('; ')}`);
  console.log(`page.test: passed (${points} mentions on the timeline, ${nodes} actors)`);
} catch (e) {
  console.error(`page.test: FAILED at ${step}: ${e.message}`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
