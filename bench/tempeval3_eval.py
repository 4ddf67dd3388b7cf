#!/usr/bin/env python3
"""Time expressions: corroborate's timex scanner beside chrono-node on the TempEval-3 training data
(../shared/bench/tempeval3/Training/TBAQ-cleaned: TimeBank and AQUAINT, TimeML).

Scored the way TempEval-3 Task A scores: the document creation time is given (not scored); a system
expression matches a gold one when their spans overlap (relaxed) or are identical (strict), one to one;
precision, recall and F1 over all documents; value accuracy over the relaxed matches and value F1 =
relaxed F1 x value accuracy (type likewise).

Usage: bench/tempeval3_eval.py [--bin build/corroborate] [--data ../shared/bench/tempeval3]
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path):
    """Returns (text, dct, [gold timex: start, end, type, value]) with character offsets."""
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)[:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    text, gold, open_timex, pos = [], [], None, 0
    out_len = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text.append(chunk)
        out_len += len(chunk)
        pos = m.end()
        close, name, attrs = m.groups()
        if name != "TIMEX3":
            continue
        if not close:
            a = dict(ATTR.findall(attrs))
            open_timex = (out_len, a.get("type", ""), a.get("value", ""))
        elif open_timex:
            gold.append((open_timex[0], out_len, open_timex[1], open_timex[2]))
            open_timex = None
    text.append(html.unescape(body[pos:]))
    return "".join(text), dct, gold


def byte_to_char(text):
    """Maps byte offsets of text's UTF-8 to character offsets."""
    m = {}
    b = 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def score(docs, predictions):
    tp_relaxed = tp_strict = value_ok = type_ok = n_sys = n_gold = 0
    for (name, text, dct, gold), pred in zip(docs, predictions):
        n_gold += len(gold)
        n_sys += len(pred)
        used = set()
        for s in pred:
            best = None
            for gi, g in enumerate(gold):
                if gi in used or not (s["start"] < g[1] and g[0] < s["end"]):
                    continue
                best = gi
                if s["start"] == g[0] and s["end"] == g[1]:
                    break
            if best is None:
                continue
            used.add(best)
            g = gold[best]
            tp_relaxed += 1
            tp_strict += s["start"] == g[0] and s["end"] == g[1]
            value_ok += s.get("value") == g[3]
            type_ok += s.get("type") == g[2]

    def prf(tp):
        p = tp / n_sys if n_sys else 0
        r = tp / n_gold if n_gold else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)

    p, r, f = prf(tp_relaxed)
    _, _, fs = prf(tp_strict)
    acc = value_ok / tp_relaxed if tp_relaxed else 0
    tacc = type_ok / tp_relaxed if tp_relaxed else 0
    return {"P": p, "R": r, "F1": f, "strict F1": fs, "value acc": acc, "value F1": f * acc, "type F1": f * tacc,
            "gold": n_gold, "system": n_sys}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "corroborate"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "bench", "tempeval3"))
    ap.add_argument("--verbose", action="store_true", help="print corroborate's value errors")
    ap.add_argument("--spurious", action="store_true", help="with --verbose: also print corroborate's expressions with no gold match")
    ap.add_argument("--context", type=int, default=0, help="with --verbose: characters of text to show around each error")
    args = ap.parse_args()
    base = os.path.join(args.data, "Training", "TBAQ-cleaned")
    if not os.path.isdir(base):
        print(f"tempeval3 data not found at {base}; nothing to score")
        return 0
    docs = []
    for corpus in ("TimeBank", "AQUAINT"):
        folder = os.path.join(base, corpus)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".tml"):
                text, dct, gold = read_tml(os.path.join(folder, name))
                docs.append((corpus + "/" + name, text, dct, gold))

    # corroborate: one process per document (the command reads one text on stdin).
    ours = []
    t0 = time.perf_counter()
    for name, text, dct, gold in docs:
        proc = subprocess.run([args.bin, "timex", "--dct", dct], input=text.encode("utf-8"), capture_output=True)
        b2c = byte_to_char(text)
        pred = []
        for line in proc.stdout.decode("utf-8").splitlines():
            j = json.loads(line)
            pred.append({"start": b2c.get(j["start"], 0), "end": b2c.get(j["end"], 0), "value": j["value"], "type": j["type"],
                         "text": j["text"]})
        ours.append(pred)
    ours_time = time.perf_counter() - t0

    # chrono-node: one node process for all documents.
    chrono = None
    t0 = time.perf_counter()
    try:
        feed = "".join(json.dumps({"text": t, "dct": d}) + "\n" for _, t, d, _ in docs)
        proc = subprocess.run(["node", os.path.join(HERE, "chrono_timex.mjs")], input=feed.encode("utf-8"), capture_output=True,
                              cwd=ROOT)
        if proc.returncode == 0:
            chrono = [[dict(x, type="") for x in json.loads(l)] for l in proc.stdout.decode("utf-8").splitlines()]
        else:
            print("chrono-node failed:", proc.stderr.decode()[-300:])
    except FileNotFoundError:
        print("node not found; chrono-node not run")
    chrono_time = time.perf_counter() - t0

    n_gold = sum(len(d[3]) for d in docs)
    print(f"TempEval-3 training (TimeBank + AQUAINT): {len(docs)} documents, {n_gold} time expressions (DCTs excluded)")
    cols = ["P", "R", "F1", "strict F1", "value acc", "value F1", "type F1"]
    print(f"{'system':<14}" + "".join(f"{c:>11}" for c in cols) + f"{'seconds':>9}")
    s = score(docs, ours)
    print(f"{'corroborate':<14}" + "".join(f"{s[c]:11.3f}" for c in cols) + f"{ours_time:9.2f}")
    if chrono is not None:
        s = score(docs, chrono)
        print(f"{'chrono-node':<14}" + "".join(f"{s[c]:11.3f}" for c in cols[:-1]) + f"{'n/a':>11}" + f"{chrono_time:9.2f}")
        print("(chrono-node finds dates and times only, gives no TIMEX3 types, and no durations or sets)")
    print("corroborate's time includes one process start per document.")
    if args.verbose:
        for (name, text, dct, gold), pred in zip(docs, ours):
            for g in gold:
                match = [p for p in pred if p["start"] < g[1] and g[0] < p["end"]]
                got = match[0]["value"] if match else "MISSED"
                if got != g[3]:
                    print(f"{name} dct={dct} {text[g[0]:g[1]]!r:40} gold={g[3]:<16} ours={got}")
                    if args.context:
                        around = text[max(0, g[0] - args.context):g[1] + args.context].replace("\n", " ")
                        print("    " + around)
            if args.spurious:
                for p in pred:
                    if not any(p["start"] < g[1] and g[0] < p["end"] for g in gold):
                        print(f"{name} dct={dct} SPURIOUS {p['text']!r:40} ours={p['value']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
