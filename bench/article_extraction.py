#!/usr/bin/env python3
"""Article extraction: corroborate's HTML cleaner on ../shared/bench/article-extraction.

Scores with the benchmark's own metric (4-gram token shingles per document: true positives, false
positives and false negatives normalised per document; precision and recall averaged over documents;
F1 the harmonic mean of the two means), and scores the peers' published outputs the same way as a
check on the scorer. Then times corroborate and readability-lxml (Debian's python3-readability) on the
same pages, side by side in one run, and prints the ratio.

Usage: bench/article_extraction.py [--bin build/corroborate] [--data ../shared/bench/article-extraction]
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# Debian's python3-readability lives with the system interpreter, not a virtualenv's.
READABILITY_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    n = min(len(tokens), n)
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def doc_scores(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in p)
    fn = sum(max(0, t[k] - p[k]) for k in t)
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall


def score(truth, predictions):
    ps, rs = [], []
    for key, gold in truth.items():
        p, r = doc_scores(gold["articleBody"], predictions.get(key, ""))
        ps.append(p)
        rs.append(r)
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "corroborate"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "bench", "article-extraction"))
    ap.add_argument("--runs", type=int, default=3, help="timing runs of each tool (the best is kept)")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        print(f"article-extraction data not found at {args.data}; nothing to score")
        return 0
    truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="corroborate-aeb-")
    paths = {}
    for key in sorted(truth):
        src = os.path.join(args.data, "html", key + ".html.gz")
        dst = os.path.join(tmp, key + ".html")
        with gzip.open(src, "rb") as f, open(dst, "wb") as g:
            g.write(f.read())
        paths[key] = dst

    # corroborate: one process over all pages, on one thread and on every core.
    files = [paths[k] for k in sorted(paths)]
    timings = {}
    out = b""
    for threads in ("1", "0"):
        for _ in range(args.runs):
            t0 = time.perf_counter()
            proc = subprocess.run([args.bin, "clean", "--threads", threads] + files, capture_output=True)
            elapsed = time.perf_counter() - t0
            timings[threads] = min(timings.get(threads, elapsed), elapsed)
            out = proc.stdout
    ours, ours_with_title = {}, {}
    for line in out.decode("utf-8", "replace").splitlines():
        j = json.loads(line)
        key = os.path.basename(j["path"])[: -len(".html")]
        text = j["text"]
        ours_with_title[key] = text
        # The benchmark's articleBody has no headline; corroborate's text leads with it.
        title = j.get("title") or ""
        if title and text.startswith(title):
            text = text[len(title):].lstrip("\n")
        ours[key] = text

    print(f"article-extraction: {len(truth)} pages")
    print(f"{'extractor':<28} {'precision':>9} {'recall':>7} {'F1':>6}")
    P, R, F = score(truth, ours)
    print(f"{'corroborate (body)':<28} {P:9.3f} {R:7.3f} {F:6.3f}")
    P, R, F = score(truth, ours_with_title)
    print(f"{'corroborate (with headline)':<28} {P:9.3f} {R:7.3f} {F:6.3f}")
    peers = os.path.join(args.data, "peer_outputs")
    for name in sorted(os.listdir(peers)) if os.path.isdir(peers) else []:
        data = json.load(open(os.path.join(peers, name), encoding="utf-8"))
        if "output" in data and isinstance(data["output"], dict):
            data = data["output"]
        preds = {k: (v.get("articleBody") or "") if isinstance(v, dict) else "" for k, v in data.items()}
        P, R, F = score(truth, preds)
        print(f"{'peer ' + name[:-5]:<28} {P:9.3f} {R:7.3f} {F:6.3f}")

    # readability-lxml on the same pages, in one process, timed the same way.
    script = (
        "import sys, time\n"
        "from readability import Document\n"
        "import lxml.html\n"
        "files = sys.argv[1:]\n"
        "best = None\n"
        "for _ in range(%d):\n"
        "    t0 = time.perf_counter()\n"
        "    for p in files:\n"
        "        html = open(p, encoding='utf-8', errors='replace').read()\n"
        "        summary = Document(html).summary()\n"
        "        lxml.html.fromstring(summary).text_content()\n"
        "    e = time.perf_counter() - t0\n"
        "    best = e if best is None else min(best, e)\n"
        "print(best)\n" % args.runs)
    try:
        t0 = time.perf_counter()
        proc = subprocess.run([READABILITY_PYTHON, "-c", script] + files, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
        theirs = float(proc.stdout.strip())
        one, all_cores = timings["1"], timings["0"]
        print(f"speed on {len(files)} pages (best of {args.runs}; corroborate's time includes process start, "
              f"charsets and language id, readability-lxml's only parse and extract):")
        print(f"  readability-lxml (one thread)  {theirs:.3f} s")
        print(f"  corroborate clean, one thread  {one:.3f} s  {theirs / one:.1f}x faster")
        print(f"  corroborate clean, {os.cpu_count()} cores     {all_cores:.3f} s  {theirs / all_cores:.1f}x faster")
    except Exception as e:  # readability missing: say so, the scores above still stand
        print(f"readability-lxml not run ({e}); corroborate clean took {timings['1']:.3f} s on one thread")
    return 0


if __name__ == "__main__":
    sys.exit(main())
