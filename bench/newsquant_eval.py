#!/usr/bin/env python3
"""Numbers: corroborate's quantity scanner on NewsQuant (../shared/bench/newsquant, 590 news sentences).

Value F1 as NewsQuant scores it for CQE: per sentence, the numbers a system finds are matched one to
one against the gold values (a gold range "12-120" matches a range with those bounds; any other gold
value matches a quantity whose written number is that value); precision and recall over all
sentences. "Value F1 with bounds" adds the bound: gold change "~", ">" or "<" must come with our kind
approx, min or max. NewsQuant annotates a change ("rose from 240 to 273") as one range; corroborate
reads it as two values (the second with changed_from), as casualty tolls need; the third line scores
with those pairs merged into ranges, to show how much of the gap is that convention. The published
scores are printed beside ours, and compromise (npm, bench/compromise_numbers.mjs) is run on the same
sentences and scored the same way. chrono-node parses dates, not quantities, so it is the peer of
tempeval3_eval.py, not of this table.

Usage: bench/newsquant_eval.py [--bin build/corroborate] [--data ../shared/bench/newsquant] [--verbose]
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOUND = {"~": "approx", ">": "min", "<": "max"}


def gold_value(q):
    v = str(q["value"]).replace(",", "").strip()
    if "-" in v[1:]:
        a, b = v[1:].split("-", 1)
        try:
            return ("range", float(v[0] + a), float(b))
        except ValueError:
            return None
    try:
        return ("value", float(v), None)
    except ValueError:
        return None


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def matches(g, p, with_bound, change):
    kind, a, b = g
    if kind == "range":
        ok = p["kind"] in ("range", "vague") and close(p["low"], a) and close(p["high"], b)
    else:
        ok = close(p.get("value"), a)
    if ok and with_bound and change in BOUND:
        ok = p["kind"] == BOUND[change]
    return ok


def changes_as_ranges(pred):
    """NewsQuant annotates a change "from X to Y" as the range X-Y; corroborate gives two values, the
    second with changed_from. This merges each such pair into one range, for the third line."""
    out = []
    for p in pred:
        if p.get("changed_from") is not None and out and out[-1].get("value") == p["changed_from"]:
            out[-1] = {"kind": "range", "low": p["changed_from"], "high": p["value"], "value": None, "text": out[-1]["text"]}
        else:
            out.append(p)
    return out


def score(items, preds, with_bound=False, merged=False, verbose=False, spurious=False):
    """Precision, recall and F1 of preds (one list of quantities per item) against the gold values."""
    tp = n_pred = n_gold = 0
    for it, pred in zip(items, preds):
        if merged:
            pred = changes_as_ranges(pred)
        gold = [(gold_value(q), q.get("change", "=")) for q in it["quantities"]]
        gold = [(g, c) for g, c in gold if g]
        n_gold += len(gold)
        n_pred += len(pred)
        used = set()
        for g, change in gold:
            for k, p in enumerate(pred):
                if k not in used and matches(g, p, with_bound, change):
                    used.add(k)
                    tp += 1
                    break
            else:
                if verbose:
                    print("  missed", g, "in", it["text"][:120], "| ours:", [(p["text"], p.get("value")) for p in pred])
        if spurious:
            for k, p in enumerate(pred):
                if k not in used:
                    print("  spurious", repr(p["text"]), p.get("value"), "in", it["text"][:140])
    P = tp / n_pred if n_pred else 0
    R = tp / n_gold if n_gold else 0
    return P, R, (2 * P * R / (P + R) if P + R else 0)


def run_compromise(items):
    """compromise (npm) over every sentence in one node process: a list per item, or None."""
    feed = "".join(json.dumps({"text": it["text"]}) + "\n" for it in items)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(["node", os.path.join(HERE, "compromise_numbers.mjs")], input=feed.encode("utf-8"), capture_output=True)
    except FileNotFoundError:
        print("node not found; compromise not run")
        return None, 0
    elapsed = time.perf_counter() - t0
    lines = proc.stdout.decode().splitlines()
    if proc.returncode != 0 or len(lines) != len(items):
        print("compromise failed (run scripts/install-deps.sh for the npm packages):", proc.stderr.decode()[-300:])
        return None, 0
    preds = [[{"kind": "exact", "value": q["value"], "low": q["value"], "high": q["value"], "text": q["text"]} for q in json.loads(l)]
             for l in lines]
    return preds, elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "corroborate"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "bench", "newsquant"))
    ap.add_argument("--verbose", action="store_true", help="print the gold quantities corroborate missed")
    ap.add_argument("--spurious", action="store_true", help="print corroborate's quantities that match no gold one")
    args = ap.parse_args()
    path = os.path.join(args.data, "NewsQuant.json")
    if not os.path.exists(path):
        print(f"NewsQuant not found at {path}; nothing to score")
        return 0
    items = json.load(open(path, encoding="utf-8"))
    preds = []
    for it in items:
        out = subprocess.run([args.bin, "numbers"], input=it["text"].encode("utf-8"), capture_output=True).stdout.decode()
        preds.append([json.loads(l) for l in out.splitlines()])
    # Speed: every sentence through one process, as compromise runs (blank lines between sentences).
    joined = "\n\n".join(it["text"] for it in items).encode("utf-8")
    t0 = time.perf_counter()
    subprocess.run([args.bin, "numbers"], input=joined, capture_output=True)
    elapsed = time.perf_counter() - t0
    peer, peer_time = run_compromise(items)
    print(f"NewsQuant: {len(items)} sentences, {sum(len(i['quantities']) for i in items)} quantities")
    print(f"{'system':<38} {'P':>6} {'R':>6} {'F1':>6}")
    for with_bound, merged in ((False, False), (True, False), (False, True)):
        show = not with_bound and not merged
        P, R, F = score(items, preds, with_bound, merged, args.verbose and show, args.spurious and show)
        label = "corroborate value" + (" + bound" if with_bound else "") + (", changes as ranges" if merged else "")
        print(f"{label:<38} {P:6.3f} {R:6.3f} {F:6.3f}")
    if peer is not None:
        for with_bound in (False, True):
            P, R, F = score(items, peer, with_bound)
            print(f"{'compromise (npm) value' + (' + bound' if with_bound else ''):<38} {P:6.3f} {R:6.3f} {F:6.3f}")
    pub = os.path.join(args.data, "published_scores_NewsQuant.tsv")
    if os.path.exists(pub):
        for line in open(pub, encoding="utf-8").read().splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 6 and cells[5] in ("value", "value+change"):
                print(f"{'published ' + cells[4] + ' ' + cells[5]:<38} {float(cells[1]) / 100:6.3f} {float(cells[2]) / 100:6.3f} {float(cells[3]) / 100:6.3f}")
    print(f"({len(joined) / 1024:.0f} KB in one process: corroborate {elapsed:.2f} s" +
          (f", compromise {peer_time:.2f} s (node start included in both)" if peer is not None else "") + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
