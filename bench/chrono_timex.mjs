// chrono-node (npm) as a peer for the TempEval-3 evaluation: reads JSON lines {"text", "dct"} on
// stdin and writes one JSON line per document: [{start, end, text, value}] with character offsets.
// chrono finds dates and times only (no durations or sets); a value is written to the precision chrono
// knows for certain (or implies for relative days): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const chrono = require('chrono-node');

const pad = (n, w = 2) => String(n).padStart(w, '0');
function value(c) {
  const get = (k) => (c.isCertain(k) || c.get(k) !== null ? c.get(k) : null);
  const y = get('year'), m = get('month'), d = get('day');
  if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday') &&
      c.isCertain('hour')) {
    return `${y}-${pad(m)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  }
  let v = `${pad(y, 4)}`;
  if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('year')) v += `-${pad(m)}`;
  if (c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('year') && !c.isCertain('month'))) v += `-${pad(d)}`;
  if (c.isCertain('hour')) v += `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  return v;
}

const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { text, dct } = JSON.parse(line);
  const [y, m, d] = dct.split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12);
  const out = [];
  for (const r of chrono.parse(text, ref)) {
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, value: value(r.start) });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
