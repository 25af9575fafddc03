// Drives Debian's Chromium (never a downloaded browser) through the Diplograph web view.
//
//   node browser-test.mjs URL OUTDIR [XSS_URL]
//
// URL: a running `diplograph serve` over the seed store; OUTDIR: where screenshots go; XSS_URL: a second
// server whose store holds an article with markup in its title and text (must render as text).
// Expected values are asked from the server's own SPARQL endpoint, not hard-coded, so the test follows
// the extraction as it improves. Exit code 0 when every check passes; otherwise the failures on stderr.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, outDir, xssUrl] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: node browser-test.mjs URL OUTDIR [XSS_URL]');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader'];
const PREFIXES = 'PREFIX dg: <https://w3id.org/diplograph/ontology#>\n';

mkdirSync(outDir, { recursive: true });
const failures = [];
const results = {};
function check(ok, message) {
  if (!ok) failures.push(message);
  return ok;
}

async function sparql(base, query) {
  const resp = await fetch(new URL('ds/sparql', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query: PREFIXES + query }).toString(),
  });
  if (!resp.ok) throw new Error('SPARQL ' + resp.status + ': ' + (await resp.text()));
  return (await resp.json()).results.bindings;
}

const userDataDir = mkdtempSync(join(tmpdir(), 'diplograph-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: FLAGS,
  viewport: { width: 1600, height: 940 },
  deviceScaleFactor: 1,
});
const consoleErrors = [];
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push('page error: ' + err.message));

  // 1. The page loads and shows every node of the store.
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const expectedNodes = Number((await sparql(url, `
    SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {
      { ?n a dg:Person } UNION { ?n a dg:Country } UNION { ?n a dg:Event }
      UNION { ?e a dg:Event ; dg:participant|dg:topic|dg:location ?n FILTER(isIRI(?n)) }
    }`))[0].count.value);
  const shownNodes = await page.evaluate(() => window.diplograph.graph.order);
  const statsNodes = Number(await page.getAttribute('#stats', 'data-nodes'));
  results.nodes = shownNodes;
  check(expectedNodes > 0, 'the seed store has no nodes');
  check(shownNodes === expectedNodes, `graph shows ${shownNodes} nodes, the store has ${expectedNodes}`);
  check(statsNodes === expectedNodes, `header says ${statsNodes} nodes, the store has ${expectedNodes}`);
  const canvases = await page.locator('#graph canvas').count();
  check(canvases > 0, 'sigma drew no canvas');
  await page.waitForSelector('body[data-layout="done"]', { timeout: 15000 });
  await page.screenshot({ path: join(outDir, 'web-graph.png') });

  // 2. Timeline filtered to June 2025: only the June events remain, in the list, the timeline and the graph.
  const juneExpected = (await sparql(url, `
    SELECT DISTINCT ?e WHERE { ?e a dg:Event ; dg:date ?d FILTER(STRSTARTS(STR(?d), "2025-06")) }`))
    .map((b) => b.e.value).sort();
  await page.click('.tl-month[data-from="2025-06-01"] .tl-band');
  await page.waitForFunction(() => document.getElementById('date-from').value === '2025-06-01');
  const listed = await page.$$eval('#event-list .event-item', (items) => items.map((i) => ({ id: i.dataset.id, date: i.dataset.date })));
  const markers = await page.$$eval('.tl-marker[data-visible="true"]', (ms) => ms.map((m) => m.dataset.date));
  const graphEvents = await page.evaluate(() => {
    const s = window.diplograph.state;
    return s.data.nodes.filter((n) => ['call', 'round', 'meeting', 'event'].includes(n.type) && s.visible.has(n.id)).map((n) => n.id).sort();
  });
  results.juneEvents = listed.length;
  check(juneExpected.length > 0, 'the seed store has no June 2025 events');
  check(listed.length === juneExpected.length, `June filter lists ${listed.length} events, the store has ${juneExpected.length}`);
  check(listed.every((e) => e.date.startsWith('2025-06')), 'June filter lists events outside June: ' + JSON.stringify(listed));
  check(markers.length === juneExpected.length && markers.every((d) => d.startsWith('2025-06')),
    'timeline highlights other than the June events: ' + JSON.stringify(markers));
  check(JSON.stringify(graphEvents) === JSON.stringify(juneExpected), 'graph shows other events than June: ' + JSON.stringify(graphEvents));
  await page.screenshot({ path: join(outDir, 'web-june.png') });
  await page.click('#reset-filters');

  // 3. The 2025-07-03 Trump–Putin call: every reporting article with its evidence sentences.
  const call = await page.evaluateHandle(() => [...document.querySelectorAll('#event-list .event-item[data-date="2025-07-03"]')]
    .find((li) => li.dataset.type === 'call' && /Trump/.test(li.textContent) && /Putin/.test(li.textContent)));
  check(await call.evaluate((c) => !!c), 'no 2025-07-03 Trump–Putin call in the event list');
  const callId = await call.evaluate((c) => c && c.dataset.id);
  if (callId) {
    const reporting = await sparql(url, `
      SELECT ?a ?sentence WHERE { <${callId}> dg:reportedIn ?a .
        OPTIONAL { <${callId}> dg:evidence ?m . ?m dg:article ?a ; dg:sentence ?sentence } }`);
    const sentencesByArticle = new Map();
    for (const b of reporting) {
      const id = b.a.value.replace('https://w3id.org/diplograph/article/', '');
      if (!sentencesByArticle.has(id)) sentencesByArticle.set(id, new Set());
      if (b.sentence) sentencesByArticle.get(id).add(b.sentence.value);
    }
    await call.evaluate((c) => c.click());
    await page.waitForSelector(`#details[data-loaded="${callId}"]`);
    const articles = await page.$$eval('#details .article', (as) => as.map((a) => ({
      id: a.dataset.article,
      sentences: [...a.querySelectorAll('blockquote.evidence')].map((q) => q.textContent),
      marks: a.querySelectorAll('mark.hl').length,
    })));
    results.callArticles = articles.length;
    check(sentencesByArticle.size === 4, `the store has ${sentencesByArticle.size} articles reporting the call, expected 4`);
    check(articles.length === 4, `details show ${articles.length} reporting articles, expected 4`);
    for (const a of articles) {
      const stored = sentencesByArticle.get(a.id) || new Set();
      check(a.sentences.length > 0, `article ${a.id}: no evidence sentence shown`);
      check(a.sentences.every((s) => stored.has(s)), `article ${a.id}: a shown sentence is not its stored evidence`);
      check(a.marks > 0, `article ${a.id}: no evidence span highlighted`);
    }
    await page.screenshot({ path: join(outDir, 'web-view.png') });
  }

  // 4. The bundled query calls-mentioning with topic Iran: two rows, and the CSV download.
  await page.click('#tab-queries');
  await page.click('.query-item[data-name="calls-mentioning"]');
  await page.fill('#param-topic', 'Iran');
  await page.click('#query-run');
  await page.waitForSelector('#query-result .result-count');
  const rows = await page.locator('#query-result tbody tr').count();
  results.iranRows = rows;
  check(rows === 2, `calls-mentioning topic=Iran shows ${rows} rows, expected 2`);
  const csvHref = await page.getAttribute('#query-csv', 'href');
  const csv = await (await fetch(new URL(csvHref, url))).text();
  check(csv.trim().split(/\r\n/).length === 3, 'the CSV download does not have a header and two rows: ' + csv.slice(0, 200));
  await page.screenshot({ path: join(outDir, 'web-queries.png') });

  // 5. The SPARQL editor runs its example against /ds/sparql.
  await page.click('#tab-sparql');
  await page.click('#sparql-run');
  await page.waitForSelector('#sparql-result .result-count');
  const sparqlRows = Number(await page.getAttribute('#sparql-result .result-count', 'data-rows'));
  results.sparqlRows = sparqlRows;
  check(sparqlRows > 0, 'the SPARQL editor example returned no rows');
  await page.screenshot({ path: join(outDir, 'web-sparql.png') });

  // 6. Markup inside article text and titles is shown as text, never run.
  if (xssUrl) {
    const xssPage = await context.newPage();
    xssPage.setDefaultTimeout(20000);
    xssPage.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push('xss page: ' + msg.text()); });
    xssPage.on('pageerror', (err) => consoleErrors.push('xss page error: ' + err.message));
    xssPage.on('dialog', (d) => { failures.push('a dialog opened: ' + d.message()); d.dismiss(); });
    await xssPage.goto(xssUrl);
    await xssPage.waitForSelector('body[data-ready="true"]');
    const first = xssPage.locator('#event-list .event-item').first();
    const id = await first.getAttribute('data-id');
    check(!!id, 'the markup store shows no event');
    if (id) {
      await first.click();
      await xssPage.waitForSelector(`#details[data-loaded="${id}"]`);
      const probe = await xssPage.evaluate(() => ({
        flag: window.__xss,
        text: document.getElementById('details').textContent,
        imgs: document.querySelectorAll('#details img, #details script, #details iframe').length,
      }));
      results.xssText = probe.text.includes('<script>') && probe.text.includes('<img src=x onerror=');
      check(probe.flag === undefined, 'injected script ran (window.__xss = ' + probe.flag + ')');
      check(probe.imgs === 0, 'article markup became elements in the details panel');
      check(probe.text.includes('<script>'), 'the <script> text of the article is not shown as text');
      check(probe.text.includes('<img src=x onerror='), 'the <img onerror> text of the article is not shown as text');
      await xssPage.screenshot({ path: join(outDir, 'web-markup-as-text.png') });
    }
    await xssPage.close();
  }
} catch (e) {
  failures.push('browser test stopped: ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

check(consoleErrors.length === 0, 'console errors: ' + JSON.stringify(consoleErrors));
console.log(JSON.stringify({ results, consoleErrors, failures }));
if (failures.length) {
  for (const f of failures) console.error('FAIL: ' + f);
  process.exit(1);
}
