// bench/readability/readability_bench.js DATA_DIR OUT.jsonl
// Times Readability.js (with jsdom) on every html/<id>.html.gz of DATA_DIR:
// pages are read and gunzipped first; the clock covers DOM construction and
// Readability.parse(); 10 pages run first untimed. Writes {"id","text"} lines
// and prints "readability: X ms/page".
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [data, outPath] = process.argv.slice(2);
if (!data || !outPath) {
  console.error('usage: readability_bench.js DATA_DIR OUT.jsonl');
  process.exit(2);
}
let gold = {};
try { gold = JSON.parse(fs.readFileSync(path.join(data, 'ground-truth.json'), 'utf8')); } catch (e) { /* urls optional */ }
const names = fs.readdirSync(path.join(data, 'html')).filter((n) => n.endsWith('.html.gz')).sort();
const pages = names.map((n) => ({
  id: n.slice(0, -'.html.gz'.length),
  html: zlib.gunzipSync(fs.readFileSync(path.join(data, 'html', n))).toString('utf8'),
}));
const vc = new VirtualConsole(); // silence CSS/script noise
function extract(p) {
  const url = (gold[p.id] && gold[p.id].url) || 'http://localhost/';
  const dom = new JSDOM(p.html, { url, virtualConsole: vc });
  let text = '';
  try {
    const art = new Readability(dom.window.document).parse();
    text = (art && art.textContent) || '';
  } catch (e) { text = ''; }
  dom.window.close();
  return text;
}
for (const p of pages.slice(0, 10)) extract(p);
const out = [];
let total = 0;
const cpu0 = process.cpuUsage();
for (const p of pages) {
  const t0 = process.hrtime.bigint();
  const text = extract(p);
  total += Number(process.hrtime.bigint() - t0) / 1e6;
  out.push(JSON.stringify({ id: p.id, text }));
}
const cpu = process.cpuUsage(cpu0);
fs.writeFileSync(outPath, out.join('\n') + '\n');
console.log(`readability: ${(total / pages.length).toFixed(3)} ms/page over ${pages.length} pages`);
console.log(`readability cpu time: ${((cpu.user + cpu.system) / 1000 / pages.length).toFixed(3)} ms/page (whole process, GC threads included)`);
