// compromise (npm) as a peer for the NewsQuant evaluation: reads JSON lines {"text"} on stdin and
// writes one JSON line per text: [{start, end, text, value}] with compromise's character offsets.
// compromise reads numbers (digits, words, fractions, its own scales) but gives no bounds, ranges or
// vague amounts, so every quantity it finds is one exact value.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const nlp = require('compromise');

const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line);
  const out = [];
  for (const n of nlp(text).numbers().json({ offset: true })) {
    const num = n.number && n.number.num;
    if (typeof num !== 'number' || !Number.isFinite(num)) continue;
    out.push({ start: n.offset.start, end: n.offset.start + n.offset.length, text: n.text, value: num });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
